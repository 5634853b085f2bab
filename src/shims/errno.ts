/**
 * Linux errno values (x86-64, as glibc's <errno.h> defines them), glibc's
 * `strerror` texts, and the `__errno_location` shim that `errno` expands to.
 *
 * Not here: setting errno (`ShimMachine.setErrno` does it) or `perror`.
 * Invariant: the numbers are Linux's, so a program that prints or compares
 * errno sees what it would see natively.
 */
import type { ShimDef, ShimMachine } from './shim.js';
import type { Ptr } from '../memory/pointer.js';

export const EPERM = 1;
export const ENOENT = 2;
export const ESRCH = 3;
export const EINTR = 4;
export const EIO = 5;
export const ENXIO = 6;
export const E2BIG = 7;
export const ENOEXEC = 8;
export const EBADF = 9;
export const ECHILD = 10;
export const EAGAIN = 11;
export const EWOULDBLOCK = EAGAIN;
export const ENOMEM = 12;
export const EACCES = 13;
export const EFAULT = 14;
export const EBUSY = 16;
export const EEXIST = 17;
export const EXDEV = 18;
export const ENODEV = 19;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const ENFILE = 23;
export const EMFILE = 24;
export const ENOTTY = 25;
export const EFBIG = 27;
export const ENOSPC = 28;
export const ESPIPE = 29;
export const EROFS = 30;
export const EMLINK = 31;
export const EPIPE = 32;
export const EDOM = 33;
export const ERANGE = 34;
export const EDEADLK = 35;
export const ENAMETOOLONG = 36;
export const ENOSYS = 38;
export const ENOTEMPTY = 39;
export const ELOOP = 40;
export const EOVERFLOW = 75;
export const EILSEQ = 84;
export const ENOTSOCK = 88;
export const EMSGSIZE = 90;
export const EOPNOTSUPP = 95;
export const ENOTSUP = EOPNOTSUPP;
export const EAFNOSUPPORT = 97;
export const EADDRINUSE = 98;
export const ECONNRESET = 104;
export const ENOBUFS = 105;
export const EISCONN = 106;
export const ENOTCONN = 107;
export const ETIMEDOUT = 110;
export const ECONNREFUSED = 111;
export const EALREADY = 114;
export const EINPROGRESS = 115;
export const ECANCELED = 125;

/** glibc 2.36's message for each errno (index = errno); holes are glibc's "Unknown error N". */
const MESSAGES: readonly (string | undefined)[] = [
  'Success',
  'Operation not permitted',
  'No such file or directory',
  'No such process',
  'Interrupted system call',
  'Input/output error',
  'No such device or address',
  'Argument list too long',
  'Exec format error',
  'Bad file descriptor',
  'No child processes',
  'Resource temporarily unavailable',
  'Cannot allocate memory',
  'Permission denied',
  'Bad address',
  'Block device required',
  'Device or resource busy',
  'File exists',
  'Invalid cross-device link',
  'No such device',
  'Not a directory',
  'Is a directory',
  'Invalid argument',
  'Too many open files in system',
  'Too many open files',
  'Inappropriate ioctl for device',
  'Text file busy',
  'File too large',
  'No space left on device',
  'Illegal seek',
  'Read-only file system',
  'Too many links',
  'Broken pipe',
  'Numerical argument out of domain',
  'Numerical result out of range',
  'Resource deadlock avoided',
  'File name too long',
  'No locks available',
  'Function not implemented',
  'Directory not empty',
  'Too many levels of symbolic links',
  undefined,
  'No message of desired type',
  'Identifier removed',
  'Channel number out of range',
  'Level 2 not synchronized',
  'Level 3 halted',
  'Level 3 reset',
  'Link number out of range',
  'Protocol driver not attached',
  'No CSI structure available',
  'Level 2 halted',
  'Invalid exchange',
  'Invalid request descriptor',
  'Exchange full',
  'No anode',
  'Invalid request code',
  'Invalid slot',
  undefined,
  'Bad font file format',
  'Device not a stream',
  'No data available',
  'Timer expired',
  'Out of streams resources',
  'Machine is not on the network',
  'Package not installed',
  'Object is remote',
  'Link has been severed',
  'Advertise error',
  'Srmount error',
  'Communication error on send',
  'Protocol error',
  'Multihop attempted',
  'RFS specific error',
  'Bad message',
  'Value too large for defined data type',
  'Name not unique on network',
  'File descriptor in bad state',
  'Remote address changed',
  'Can not access a needed shared library',
  'Accessing a corrupted shared library',
  '.lib section in a.out corrupted',
  'Attempting to link in too many shared libraries',
  'Cannot exec a shared library directly',
  'Invalid or incomplete multibyte or wide character',
  'Interrupted system call should be restarted',
  'Streams pipe error',
  'Too many users',
  'Socket operation on non-socket',
  'Destination address required',
  'Message too long',
  'Protocol wrong type for socket',
  'Protocol not available',
  'Protocol not supported',
  'Socket type not supported',
  'Operation not supported',
  'Protocol family not supported',
  'Address family not supported by protocol',
  'Address already in use',
  'Cannot assign requested address',
  'Network is down',
  'Network is unreachable',
  'Network dropped connection on reset',
  'Software caused connection abort',
  'Connection reset by peer',
  'No buffer space available',
  'Transport endpoint is already connected',
  'Transport endpoint is not connected',
  'Cannot send after transport endpoint shutdown',
  'Too many references: cannot splice',
  'Connection timed out',
  'Connection refused',
  'Host is down',
  'No route to host',
  'Operation already in progress',
  'Operation now in progress',
  'Stale file handle',
  'Structure needs cleaning',
  'Not a XENIX named type file',
  'No XENIX semaphores available',
  'Is a named type file',
  'Remote I/O error',
  'Disk quota exceeded',
  'No medium found',
  'Wrong medium type',
  'Operation canceled',
  'Required key not available',
  'Key has expired',
  'Key has been revoked',
  'Key was rejected by service',
  'Owner died',
  'State not recoverable',
  'Operation not possible due to RF-kill',
  'Memory page has hardware error',
];

/** The text `strerror(code)` returns on glibc (C17 7.24.6.2, POSIX strerror). */
export function strerrorText(code: number): string {
  const text = code >= 0 ? MESSAGES[code] : undefined;
  return text ?? `Unknown error ${code}`;
}

/** C17 7.5p2: `errno` is a modifiable lvalue; glibc makes it `(*__errno_location())`. */
export function __errno_location(m: ShimMachine): Ptr {
  return m.errnoLocation();
}

/** The current value of errno (for `%m` and perror-like messages). */
export function readErrno(m: ShimMachine): number {
  return Number(m.mem.loadScalar(m.errnoLocation(), 'i32'));
}

export const errnoShims: readonly ShimDef[] = [
  { name: '__errno_location', params: [], ret: 'ptr', handler: (m) => __errno_location(m) },
];
