package gomini.interp;

import gomini.types.Array;
import gomini.types.Basic;
import gomini.types.Interface;
import gomini.types.Slice;
import gomini.types.Struct;
import gomini.types.Type;

/** Sizes and alignments of Go types on amd64: append's growth rounds to allocation size classes. */
public final class TypeSizes {
    private TypeSizes() {}

    public static long sizeof(Type t) {
        return switch (t.underlying()) {
            case Basic b -> switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING, COMPLEX128 -> 16;
                case COMPLEX64 -> 8;
                default -> 8;
            };
            case Slice s -> 24;
            case Interface i -> 16;
            case Array a -> a.len() * sizeof(a.elem());
            case Struct s -> {
                long off = 0;
                long maxAlign = 1;
                for (Struct.Field f : s.fields()) {
                    long al = alignof(f.type());
                    maxAlign = Math.max(maxAlign, al);
                    off = (off + al - 1) / al * al + sizeof(f.type());
                }
                yield (off + maxAlign - 1) / maxAlign * maxAlign;
            }
            default -> 8;
        };
    }

    static long alignof(Type t) {
        return switch (t.underlying()) {
            case Basic b -> switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32, COMPLEX64 -> 4;
                default -> 8;
            };
            case Array a -> alignof(a.elem());
            case Struct s -> {
                long m = 1;
                for (Struct.Field f : s.fields()) {
                    m = Math.max(m, alignof(f.type()));
                }
                yield m;
            }
            default -> 8;
        };
    }
}
