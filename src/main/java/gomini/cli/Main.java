package gomini.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("gomini: not built yet");
    }
}
