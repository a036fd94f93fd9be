package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 1100, 2200000, 1500 * time.Millisecond, 123*time.Second, time.Hour, -1500 * time.Millisecond, math.MinInt64, math.MaxInt64, 250 * time.Microsecond} {
		fmt.Println(d, d.Seconds(), d.Minutes(), d.Milliseconds())
	}
	for _, s := range []string{"1h15m30.918273645s", "-1.5h", "300ms", "1µs", "1us", "+0", "0", "", "3", "3x", ".s", "1.5.s", "-", "9223372036854775807ns", "9223372036854775808ns"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	fmt.Println(time.Duration(1499).Round(time.Microsecond), time.Duration(-1500).Round(time.Microsecond), (90 * time.Minute).Truncate(time.Hour), time.Duration(1234567891).Round(time.Millisecond))
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339Nano), t.Format(time.Kitchen), t.Format("Mon Jan _2 2006 15:04:05.000 MST -07:00"), t.Format(time.ANSIC))
	fmt.Println(t.Unix(), t.UnixNano(), t.Weekday(), t.Month(), t.YearDay(), t.Add(36*time.Hour).Sub(t))
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix())
	fmt.Println(time.Unix(1, 5).UTC(), time.Month(13), time.Weekday(3))
	fmt.Println(t.Round(time.Hour), t.Truncate(24*time.Hour))
}
