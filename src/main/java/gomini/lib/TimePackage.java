package gomini.lib;

import gomini.check.Constant;
import gomini.runtime.Channel;
import gomini.runtime.GoFunc;
import gomini.runtime.GoTimer;
import gomini.runtime.Goroutine;
import gomini.runtime.StructValue;
import gomini.runtime.Timers;
import gomini.types.Chan;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Type;
import gomini.types.Types;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Package time: Duration, Time, Month, Weekday, Location, Timer, Ticker; Sleep, After, Tick, AfterFunc,
 * NewTimer, NewTicker (all on the run's {@link Timers}, so sleeping and waiting goroutines are seen
 * rightly by the deadlock detector), Now, Since, Until, Unix, Date, ParseDuration.
 *
 * <p>A Time is struct { sec, nsec int64; mono int64; hasMono bool; loc *Location }: sec counts from
 * January 1, year 1 UTC as Go's does, so the zero Time is Go's zero Time; mono is a monotonic reading
 * (nanoseconds since the time package was first used), present only on values from Now, which is what
 * Sub, Since and the {@code m=+0.001} suffix of String use. A nil loc means UTC.
 */
public final class TimePackage {
    private TimePackage() {}

    /** Seconds from January 1, year 1 to the Unix epoch. */
    private static final long UNIX_TO_INTERNAL = 62135596800L;
    private static final long MONO_START = System.nanoTime();

    public static final Named DURATION = new Named("time", "Duration", Types.INT64);
    public static final Named MONTH = new Named("time", "Month", Types.INT);
    public static final Named WEEKDAY = new Named("time", "Weekday", Types.INT);
    public static final Named LOCATION = new Named("time", "Location", Types.struct(List.of(
            Natives.field("name", Types.STRING), Natives.field("zone", Natives.HIDDEN))));
    static final Type LOCATION_PTR = Types.pointer(LOCATION);
    public static final Named TIME = new Named("time", "Time", Types.struct(List.of(
            Natives.field("sec", Types.INT64), Natives.field("nsec", Types.INT64),
            Natives.field("mono", Types.INT64), Natives.field("hasMono", Types.BOOL),
            Natives.field("loc", LOCATION_PTR))));
    static final Type TIME_CHAN = Types.chan(Chan.Dir.RECV, TIME);
    public static final Named TIMER = new Named("time", "Timer", Types.struct(List.of(
            Natives.field("C", TIME_CHAN), Natives.field("r", Natives.HIDDEN))));
    public static final Named TICKER = new Named("time", "Ticker", Types.struct(List.of(
            Natives.field("C", TIME_CHAN), Natives.field("r", Natives.HIDDEN))));

    private static final int SEC = 0, NSEC = 1, MONO = 2, HAS_MONO = 3, LOC = 4;

    /** The UTC and Local locations (one each, shared by every run: they are immutable). */
    static final StructValue UTC = new StructValue(new Object[] {"UTC", ZoneOffset.UTC});
    static final StructValue LOCAL = new StructValue(new Object[] {"Local", ZoneId.systemDefault()});

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};

    static {
        durationMethods();
        timeMethods();
        Natives.method(MONTH, "String", sig(List.of(), Types.STRING), false, (g, a) -> {
            long m = (Long) a[0];
            return 1 <= m && m <= 12 ? MONTHS[(int) m - 1] : "%!Month(" + m + ")";
        });
        Natives.method(WEEKDAY, "String", sig(List.of(), Types.STRING), false, (g, a) -> {
            long d = (Long) a[0];
            return 0 <= d && d <= 6 ? DAYS[(int) d] : "%!Weekday(" + d + ")";
        });
        Natives.method(LOCATION, "String", sig(List.of(), Types.STRING), true,
                (g, a) -> a[0] == null ? "UTC" : ((StructValue) a[0]).fields[0]);
        timerMethods();
    }

    private static Signature sig(List<Type> params, Type result) {
        return Natives.sig(params, result == null ? List.of() : List.of(result));
    }

    // ---------------------------------------------------------------- Duration

    private static void durationMethods() {
        Natives.method(DURATION, "String", sig(List.of(), Types.STRING), false,
                (g, a) -> Durations.format((Long) a[0]));
        Natives.method(DURATION, "Nanoseconds", sig(List.of(), Types.INT64), false, (g, a) -> a[0]);
        Natives.method(DURATION, "Microseconds", sig(List.of(), Types.INT64), false,
                (g, a) -> (Long) a[0] / Durations.MICROSECOND);
        Natives.method(DURATION, "Milliseconds", sig(List.of(), Types.INT64), false,
                (g, a) -> (Long) a[0] / Durations.MILLISECOND);
        Natives.method(DURATION, "Seconds", sig(List.of(), Types.FLOAT64), false,
                (g, a) -> floatUnits((Long) a[0], Durations.SECOND));
        Natives.method(DURATION, "Minutes", sig(List.of(), Types.FLOAT64), false,
                (g, a) -> floatUnits((Long) a[0], Durations.MINUTE));
        Natives.method(DURATION, "Hours", sig(List.of(), Types.FLOAT64), false,
                (g, a) -> floatUnits((Long) a[0], Durations.HOUR));
        Natives.method(DURATION, "Truncate", sig(List.of(DURATION), DURATION), false, (g, a) -> {
            long d = (Long) a[0], m = (Long) a[1];
            return m <= 0 ? d : d - d % m;
        });
        Natives.method(DURATION, "Round", sig(List.of(DURATION), DURATION), false,
                (g, a) -> roundDuration((Long) a[0], (Long) a[1]));
        Natives.method(DURATION, "Abs", sig(List.of(), DURATION), false, (g, a) -> {
            long d = (Long) a[0];
            return d >= 0 ? d : d == Long.MIN_VALUE ? Long.MAX_VALUE : -d;
        });
    }

    /** Go's split into whole units plus the remainder, so large durations keep their precision. */
    private static double floatUnits(long d, long unit) {
        long whole = d / unit;
        long rest = d % unit;
        return (double) whole + (double) rest / (double) unit;
    }

    private static boolean lessThanHalf(long x, long y) {
        return Long.compareUnsigned(x + x, y) < 0;
    }

    static long roundDuration(long d, long m) {
        if (m <= 0) {
            return d;
        }
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (lessThanHalf(r, m)) {
                return d + r;
            }
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (lessThanHalf(r, m)) {
            return d - r;
        }
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    // ---------------------------------------------------------------- Time

    /** time.Now(): a Local time with a monotonic reading. */
    public static StructValue now() {
        Instant i = Instant.now();
        long mono = System.nanoTime() - MONO_START;
        return make(i.getEpochSecond() + UNIX_TO_INTERNAL, i.getNano(), mono, true, LOCAL);
    }

    private static StructValue make(long sec, long nsec, long mono, boolean hasMono, StructValue loc) {
        return new StructValue(new Object[] {sec, nsec, mono, hasMono, loc});
    }

    private static long sec(Object t) {
        return (Long) ((StructValue) t).fields[SEC];
    }

    private static long nsec(Object t) {
        return (Long) ((StructValue) t).fields[NSEC];
    }

    private static boolean hasMono(Object t) {
        return (Boolean) ((StructValue) t).fields[HAS_MONO];
    }

    private static long mono(Object t) {
        return (Long) ((StructValue) t).fields[MONO];
    }

    private static StructValue loc(Object t) {
        return (StructValue) ((StructValue) t).fields[LOC];
    }

    private static ZonedDateTime zoned(Object t) {
        StructValue loc = loc(t);
        ZoneId zone = loc == null ? ZoneOffset.UTC : (ZoneId) loc.fields[1];
        return Instant.ofEpochSecond(sec(t) - UNIX_TO_INTERNAL, nsec(t)).atZone(zone);
    }

    private static final DateTimeFormatter ZONE_ABBREV = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private static String zoneAbbrev(Object t, ZonedDateTime z) {
        StructValue loc = loc(t);
        if (loc == null || loc == UTC) {
            return "UTC";
        }
        String s = ZONE_ABBREV.format(z);
        // Java names some zones by region (GMT+03:00); Go prints the offset digits then (+03).
        if (s.startsWith("GMT") && s.length() > 3) {
            int secs = z.getOffset().getTotalSeconds();
            int h = Math.abs(secs) / 3600, m = Math.abs(secs) / 60 % 60;
            return (secs < 0 ? "-" : "+") + String.format("%02d", h) + (m != 0 ? String.format("%02d", m) : "");
        }
        return s;
    }

    static String format(Object t, String layout) {
        ZonedDateTime z = zoned(t);
        return TimeLayout.format(z, layout, zoneAbbrev(t, z));
    }

    /** Time.String: the default layout plus {@code m=+S.NNNNNNNNN} when the time has a monotonic reading. */
    static String timeString(Object t) {
        String s = format(t, TimeLayout.DEFAULT);
        if (hasMono(t)) {
            long m = mono(t);
            long abs = Math.abs(m);
            s += String.format(" m=%s%d.%09d", m < 0 ? "-" : "+", abs / 1_000_000_000L, abs % 1_000_000_000L);
        }
        return s;
    }

    /** t.Sub(u): monotonic readings when both have one, else wall clocks; saturating like Go. */
    static long sub(Object t, Object u) {
        if (hasMono(t) && hasMono(u)) {
            return saturatingSub(mono(t), mono(u));
        }
        BigInteger d = BigInteger.valueOf(sec(t)).subtract(BigInteger.valueOf(sec(u)))
                .multiply(BigInteger.valueOf(1_000_000_000L)).add(BigInteger.valueOf(nsec(t) - nsec(u)));
        if (d.bitLength() > 63) {
            return d.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return d.longValue();
    }

    private static long saturatingSub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return a < b ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    static StructValue add(Object t, long d) {
        long sec = sec(t) + Math.floorDiv(d, 1_000_000_000L);
        long nsec = nsec(t) + Math.floorMod(d, 1_000_000_000L);
        if (nsec >= 1_000_000_000L) {
            sec++;
            nsec -= 1_000_000_000L;
        }
        return make(sec, nsec, mono(t) + d, hasMono(t), loc(t));
    }

    /** Compares t and u: by monotonic reading when both have one, else by wall clock. */
    static int compare(Object t, Object u) {
        if (hasMono(t) && hasMono(u)) {
            return Long.compare(mono(t), mono(u));
        }
        int c = Long.compare(sec(t), sec(u));
        return c != 0 ? c : Long.compare(nsec(t), nsec(u));
    }

    private static BigInteger totalNanos(Object t) {
        return BigInteger.valueOf(sec(t)).multiply(BigInteger.valueOf(1_000_000_000L)).add(BigInteger.valueOf(nsec(t)));
    }

    private static StructValue fromTotalNanos(BigInteger n, StructValue loc) {
        BigInteger[] qr = n.divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
        return make(qr[0].longValue(), qr[1].longValue(), 0, false, loc);
    }

    private static StructValue withoutMono(Object t) {
        return make(sec(t), nsec(t), 0, false, loc(t));
    }

    private static void timeMethods() {
        Natives.method(TIME, "String", sig(List.of(), Types.STRING), false, (g, a) -> timeString(a[0]));
        Natives.method(TIME, "Format", sig(List.of(Types.STRING), Types.STRING), false,
                (g, a) -> format(a[0], (String) a[1]));
        Natives.method(TIME, "Sub", sig(List.of(TIME), DURATION), false, (g, a) -> sub(a[0], a[1]));
        Natives.method(TIME, "Add", sig(List.of(DURATION), TIME), false, (g, a) -> add(a[0], (Long) a[1]));
        Natives.method(TIME, "AddDate", sig(List.of(Types.INT, Types.INT, Types.INT), TIME), false, (g, a) -> {
            ZonedDateTime z = zoned(a[0]).plusYears((Long) a[1]).plusMonths((Long) a[2]).plusDays((Long) a[3]);
            return make(z.toEpochSecond() + UNIX_TO_INTERNAL, z.getNano(), 0, false, loc(a[0]));
        });
        Natives.method(TIME, "After", sig(List.of(TIME), Types.BOOL), false, (g, a) -> compare(a[0], a[1]) > 0);
        Natives.method(TIME, "Before", sig(List.of(TIME), Types.BOOL), false, (g, a) -> compare(a[0], a[1]) < 0);
        Natives.method(TIME, "Equal", sig(List.of(TIME), Types.BOOL), false, (g, a) -> compare(a[0], a[1]) == 0);
        Natives.method(TIME, "Compare", sig(List.of(TIME), Types.INT), false,
                (g, a) -> (long) Integer.signum(compare(a[0], a[1])));
        Natives.method(TIME, "IsZero", sig(List.of(), Types.BOOL), false,
                (g, a) -> sec(a[0]) == 0 && nsec(a[0]) == 0);
        Natives.method(TIME, "Unix", sig(List.of(), Types.INT64), false, (g, a) -> sec(a[0]) - UNIX_TO_INTERNAL);
        Natives.method(TIME, "UnixMilli", sig(List.of(), Types.INT64), false,
                (g, a) -> (sec(a[0]) - UNIX_TO_INTERNAL) * 1000 + nsec(a[0]) / 1_000_000);
        Natives.method(TIME, "UnixMicro", sig(List.of(), Types.INT64), false,
                (g, a) -> (sec(a[0]) - UNIX_TO_INTERNAL) * 1_000_000 + nsec(a[0]) / 1000);
        Natives.method(TIME, "UnixNano", sig(List.of(), Types.INT64), false,
                (g, a) -> (sec(a[0]) - UNIX_TO_INTERNAL) * 1_000_000_000L + nsec(a[0]));
        Natives.method(TIME, "Year", sig(List.of(), Types.INT), false, (g, a) -> (long) zoned(a[0]).getYear());
        Natives.method(TIME, "Month", sig(List.of(), MONTH), false, (g, a) -> (long) zoned(a[0]).getMonthValue());
        Natives.method(TIME, "Day", sig(List.of(), Types.INT), false, (g, a) -> (long) zoned(a[0]).getDayOfMonth());
        Natives.method(TIME, "Hour", sig(List.of(), Types.INT), false, (g, a) -> (long) zoned(a[0]).getHour());
        Natives.method(TIME, "Minute", sig(List.of(), Types.INT), false, (g, a) -> (long) zoned(a[0]).getMinute());
        Natives.method(TIME, "Second", sig(List.of(), Types.INT), false, (g, a) -> (long) zoned(a[0]).getSecond());
        Natives.method(TIME, "Nanosecond", sig(List.of(), Types.INT), false, (g, a) -> nsec(a[0]));
        Natives.method(TIME, "YearDay", sig(List.of(), Types.INT), false,
                (g, a) -> (long) zoned(a[0]).getDayOfYear());
        Natives.method(TIME, "Weekday", sig(List.of(), WEEKDAY), false,
                (g, a) -> (long) (zoned(a[0]).getDayOfWeek().getValue() % 7));
        Natives.method(TIME, "Date", Natives.sig(List.of(), List.of(Types.INT, MONTH, Types.INT)), false, (g, a) -> {
            ZonedDateTime z = zoned(a[0]);
            return new Object[] {(long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth()};
        });
        Natives.method(TIME, "Clock", Natives.sig(List.of(), List.of(Types.INT, Types.INT, Types.INT)), false,
                (g, a) -> {
                    ZonedDateTime z = zoned(a[0]);
                    return new Object[] {(long) z.getHour(), (long) z.getMinute(), (long) z.getSecond()};
                });
        Natives.method(TIME, "UTC", sig(List.of(), TIME), false,
                (g, a) -> make(sec(a[0]), nsec(a[0]), mono(a[0]), hasMono(a[0]), UTC));
        Natives.method(TIME, "Local", sig(List.of(), TIME), false,
                (g, a) -> make(sec(a[0]), nsec(a[0]), mono(a[0]), hasMono(a[0]), LOCAL));
        Natives.method(TIME, "In", sig(List.of(LOCATION_PTR), TIME), false, (g, a) -> {
            if (a[1] == null) {
                throw Natives.panicString("time: missing Location in call to Time.In");
            }
            return make(sec(a[0]), nsec(a[0]), mono(a[0]), hasMono(a[0]), (StructValue) a[1]);
        });
        Natives.method(TIME, "Location", sig(List.of(), LOCATION_PTR), false,
                (g, a) -> loc(a[0]) == null ? UTC : loc(a[0]));
        Natives.method(TIME, "Round", sig(List.of(DURATION), TIME), false, (g, a) -> {
            long d = (Long) a[1];
            if (d <= 0) {
                return withoutMono(a[0]);
            }
            BigInteger n = totalNanos(a[0]);
            BigInteger r = n.mod(BigInteger.valueOf(d));
            boolean down = lessThanHalf(r.longValue(), d);
            return fromTotalNanos(down ? n.subtract(r) : n.add(BigInteger.valueOf(d)).subtract(r), loc(a[0]));
        });
        Natives.method(TIME, "Truncate", sig(List.of(DURATION), TIME), false, (g, a) -> {
            long d = (Long) a[1];
            if (d <= 0) {
                return withoutMono(a[0]);
            }
            BigInteger n = totalNanos(a[0]);
            return fromTotalNanos(n.subtract(n.mod(BigInteger.valueOf(d))), loc(a[0]));
        });
    }

    // ---------------------------------------------------------------- Timer, Ticker

    private static GoTimer timer(Object p, String uninitialized) {
        if (p == null) {
            throw gomini.runtime.GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        GoTimer t = (GoTimer) ((StructValue) p).fields[1];
        if (t == null && uninitialized != null) {
            throw Natives.panicString(uninitialized);
        }
        return t;
    }

    private static void timerMethods() {
        Natives.method(TIMER, "Stop", sig(List.of(), Types.BOOL), true,
                (g, a) -> timer(a[0], "time: Stop called on uninitialized Timer").stop());
        Natives.method(TIMER, "Reset", sig(List.of(DURATION), Types.BOOL), true,
                (g, a) -> timer(a[0], "time: Reset called on uninitialized Timer").reset((Long) a[1]));
        Natives.method(TICKER, "Stop", sig(List.of(), null), true, (g, a) -> {
            GoTimer t = timer(a[0], null);
            if (t != null) {
                t.stop();
            }
            return null;
        });
        Natives.method(TICKER, "Reset", sig(List.of(DURATION), null), true, (g, a) -> {
            long d = (Long) a[1];
            if (d <= 0) {
                throw Natives.panicString("non-positive interval for Ticker.Reset");
            }
            timer(a[0], "time: Reset called on uninitialized Ticker").reset(d);
            return null;
        });
    }

    private static Timers timers(Goroutine g) {
        return g.scheduler().timers();
    }

    /** time.AfterFunc's timer: when it fires, f starts in its own goroutine, created by time.goFunc. */
    private static GoTimer afterFunc(Goroutine g, long d, GoFunc f) {
        var scheduler = g.scheduler();
        return timers(g).afterFunc(d, () -> scheduler.go(null, "time.goFunc", "sleep.go", 176, f, new Object[0]));
    }

    // ---------------------------------------------------------------- the package

    public static GoPackage create() {
        GoPackage p = new GoPackage("time");
        p.type("Duration", DURATION);
        p.type("Time", TIME);
        p.type("Month", MONTH);
        p.type("Weekday", WEEKDAY);
        p.type("Location", LOCATION);
        p.type("Timer", TIMER);
        p.type("Ticker", TICKER);
        p.constant("Nanosecond", DURATION, Constant.of(Durations.NANOSECOND));
        p.constant("Microsecond", DURATION, Constant.of(Durations.MICROSECOND));
        p.constant("Millisecond", DURATION, Constant.of(Durations.MILLISECOND));
        p.constant("Second", DURATION, Constant.of(Durations.SECOND));
        p.constant("Minute", DURATION, Constant.of(Durations.MINUTE));
        p.constant("Hour", DURATION, Constant.of(Durations.HOUR));
        for (int i = 0; i < 12; i++) {
            p.constant(MONTHS[i], MONTH, Constant.of(i + 1));
        }
        for (int i = 0; i < 7; i++) {
            p.constant(DAYS[i], WEEKDAY, Constant.of(i));
        }
        layouts(p);
        p.var("UTC", LOCATION_PTR, io -> UTC);
        p.var("Local", LOCATION_PTR, io -> LOCAL);

        p.func("Sleep", sig(List.of(DURATION), null), (g, a) -> {
            timers(g).sleep(g, (Long) a[0]);
            return null;
        });
        p.func("Now", sig(List.of(), TIME), (g, a) -> now());
        p.func("Since", sig(List.of(TIME), DURATION), (g, a) -> sub(now(), a[0]));
        p.func("Until", sig(List.of(TIME), DURATION), (g, a) -> sub(a[0], now()));
        p.func("Unix", sig(List.of(Types.INT64, Types.INT64), TIME), (g, a) -> {
            long s = (Long) a[0], ns = (Long) a[1];
            s += Math.floorDiv(ns, 1_000_000_000L);
            ns = Math.floorMod(ns, 1_000_000_000L);
            return make(s + UNIX_TO_INTERNAL, ns, 0, false, LOCAL);
        });
        p.func("UnixMilli", sig(List.of(Types.INT64), TIME), (g, a) -> {
            long ms = (Long) a[0];
            return make(Math.floorDiv(ms, 1000L) + UNIX_TO_INTERNAL, Math.floorMod(ms, 1000L) * 1_000_000L, 0,
                    false, LOCAL);
        });
        p.func("Date", sig(List.of(Types.INT, MONTH, Types.INT, Types.INT, Types.INT, Types.INT, Types.INT,
                LOCATION_PTR), TIME), (g, a) -> {
                    if (a[7] == null) {
                        throw Natives.panicString("time: missing Location in call to Date");
                    }
                    StructValue loc = (StructValue) a[7];
                    ZonedDateTime z = ZonedDateTime.of((int) (long) (Long) a[0], 1, 1, 0, 0, 0, 0, (ZoneId) loc.fields[1])
                            .plusMonths((Long) a[1] - 1).plusDays((Long) a[2] - 1).plusHours((Long) a[3])
                            .plusMinutes((Long) a[4]).plusSeconds((Long) a[5]).plusNanos((Long) a[6]);
                    return make(z.toEpochSecond() + UNIX_TO_INTERNAL, z.getNano(), 0, false, loc);
                });
        p.func("ParseDuration", Natives.sig(List.of(Types.STRING), List.of(DURATION, Types.ERROR)), (g, a) -> {
            try {
                return new Object[] {Durations.parse((String) a[0]), null};
            } catch (Durations.ParseError e) {
                return new Object[] {0L, ErrorsPackage.newError(e.getMessage())};
            }
        });
        p.func("After", sig(List.of(DURATION), TIME_CHAN), (g, a) -> timers(g).after((Long) a[0], TimePackage::now));
        p.func("Tick", sig(List.of(DURATION), TIME_CHAN), (g, a) -> {
            long d = (Long) a[0];
            return d <= 0 ? null : timers(g).newTicker(d, TimePackage::now).channel();
        });
        p.func("NewTimer", sig(List.of(DURATION), Types.pointer(TIMER)), (g, a) -> {
            GoTimer t = timers(g).newTimer((Long) a[0], TimePackage::now);
            return new StructValue(new Object[] {t.channel(), t});
        });
        p.func("NewTicker", sig(List.of(DURATION), Types.pointer(TICKER)), (g, a) -> {
            long d = (Long) a[0];
            if (d <= 0) {
                throw Natives.panicError(ErrorsPackage.newError("non-positive interval for NewTicker"));
            }
            GoTimer t = timers(g).newTicker(d, TimePackage::now);
            return new StructValue(new Object[] {t.channel(), t});
        });
        p.func("AfterFunc", sig(List.of(DURATION, Types.signature(List.of(), List.of(), false)), Types.pointer(TIMER)),
                (g, a) -> new StructValue(new Object[] {null, afterFunc(g, (Long) a[0], (GoFunc) a[1])}));
        return p;
    }

    private static void layouts(GoPackage p) {
        String[][] layouts = {
            {"Layout", "01/02 03:04:05PM '06 -0700"},
            {"ANSIC", "Mon Jan _2 15:04:05 2006"},
            {"UnixDate", "Mon Jan _2 15:04:05 MST 2006"},
            {"RubyDate", "Mon Jan 02 15:04:05 -0700 2006"},
            {"RFC822", "02 Jan 06 15:04 MST"},
            {"RFC822Z", "02 Jan 06 15:04 -0700"},
            {"RFC850", "Monday, 02-Jan-06 15:04:05 MST"},
            {"RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"},
            {"RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"},
            {"RFC3339", "2006-01-02T15:04:05Z07:00"},
            {"RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"},
            {"Kitchen", "3:04PM"},
            {"Stamp", "Jan _2 15:04:05"},
            {"StampMilli", "Jan _2 15:04:05.000"},
            {"StampMicro", "Jan _2 15:04:05.000000"},
            {"StampNano", "Jan _2 15:04:05.000000000"},
            {"DateTime", "2006-01-02 15:04:05"},
            {"DateOnly", "2006-01-02"},
            {"TimeOnly", "15:04:05"},
        };
        for (String[] l : layouts) {
            p.constant(l[0], Types.UNTYPED_STRING, new Constant.Str(l[1]));
        }
    }

    /** The channel of a *Timer or *Ticker value (tests). */
    static Channel channelOf(Object timerPtr) {
        return (Channel) ((StructValue) timerPtr).fields[0];
    }
}
