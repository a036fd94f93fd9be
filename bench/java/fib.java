// Calls and integer arithmetic: naive recursive Fibonacci, as bench/fib.go (Go's int is 64 bits).
final class Fib {
    static long fib(long n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        System.out.println(fib(32));
    }
}
