/* double and float arithmetic and a few <math.h> functions; results printed
   with fixed precision so they are exact on every IEEE-754 machine. */
#include <math.h>
#include <stdio.h>

static double newton_sqrt(double x) {
    double g = x / 2.0;
    for (int i = 0; i < 30; i++)
        g = 0.5 * (g + x / g);
    return g;
}

int main(void) {
    double a = 0.1, b = 0.2;
    printf("0.1+0.2=%.17g equal 0.3: %d\n", a + b, a + b == 0.3);
    float f = 0.1f;
    printf("0.1f as double=%.10f\n", (double)f);
    float fsum = 0.0f;
    for (int i = 0; i < 10; i++)
        fsum += f;
    printf("ten 0.1f=%.7f\n", (double)fsum);

    printf("sqrt(2)=%.15f newton=%.15f\n", sqrt(2.0), newton_sqrt(2.0));
    printf("pow(2,10)=%.1f pow(2,-2)=%.4f\n", pow(2.0, 10.0), pow(2.0, -2.0));
    printf("floor(-2.5)=%.1f ceil(-2.5)=%.1f fabs(-3.25)=%.2f\n", floor(-2.5), ceil(-2.5), fabs(-3.25));
    printf("floor(2.5)=%.1f ceil(2.5)=%.1f\n", floor(2.5), ceil(2.5));
    printf("fmod(7.5,2)=%.2f\n", fmod(7.5, 2.0));

    /* Sum of 1/n^2 converges to pi^2/6. */
    double s = 0.0;
    for (int n = 1; n <= 100000; n++)
        s += 1.0 / ((double)n * n);
    printf("basel=%.6f\n", s);

    /* Compound interest in doubles. */
    double balance = 1000.0;
    for (int year = 0; year < 10; year++)
        balance *= 1.05;
    printf("balance=%.2f\n", balance);

    printf("%%e: %e %%g: %g %%g: %g\n", 123456.789, 0.0001234, 1e20);
    double neg_zero = -0.0;
    printf("-0.0=%.1f equal 0: %d\n", neg_zero, neg_zero == 0.0);
    printf("int->double->int=%d\n", (int)(double)123456789);
    return 0;
}
