// Start-up floor: the JVM printing one line.
final class Hello {
    public static void main(String[] args) {
        System.out.println("hello, world");
    }
}
