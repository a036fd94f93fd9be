package gomini.types;

import java.util.Objects;

public record Chan(Dir dir, Type elem) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Chan c && dir == c.dir && Objects.equals(elem, c.elem);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(dir) + Objects.hashCode(elem);
    }


    public enum Dir { BOTH, SEND, RECV }

    @Override
    public String toString() {
        String e = elem.toString();
        return switch (dir) {
            case SEND -> "chan<- " + e;
            case RECV -> "<-chan " + e;
            // chan (<-chan int) needs parentheses to keep its meaning
            case BOTH -> elem instanceof Chan c && c.dir == Dir.RECV ? "chan (" + e + ")" : "chan " + e;
        };
    }
}
