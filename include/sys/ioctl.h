/* ciri <sys/ioctl.h> (Linux ioctl(2)), the x86-64 request numbers programs commonly use. */
#ifndef _CIRI_SYS_IOCTL_H
#define _CIRI_SYS_IOCTL_H

#define TCGETS 0x5401
#define TCSETS 0x5402
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define TIOCOUTQ 0x5411
#define FIONREAD 0x541B
#define TIOCINQ FIONREAD
#define FIONBIO 0x5421
#define FIONCLEX 0x5450
#define FIOCLEX 0x5451
#define FIOASYNC 0x5452
#define SIOCATMARK 0x8905

struct winsize {
  unsigned short ws_row;
  unsigned short ws_col;
  unsigned short ws_xpixel;
  unsigned short ws_ypixel;
};

int ioctl(int fd, unsigned long request, ...);

#endif
