namespace RuleSandbox.Engine.Modules.Time;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// Seconds since the epoch to and from broken-down UTC time, over the proleptic Gregorian calendar
/// with 64-bit years (glibc's gmtime/timegm range, not just datetime's 1..9999).
/// </summary>
internal static class TimeCalendar
{
    /// <summary>Days from 1970-01-01 to y-m-d (Howard Hinnant's days_from_civil).</summary>
    public static long DaysFromCivil(long y, long m, long d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>The civil date of a day count from 1970-01-01.</summary>
    public static (long Y, int M, int D) CivilFromDays(long z)
    {
        z += 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    /// <summary>Broken-down UTC time of <paramref name="secs"/>: year, month, day, hour, minute, second, weekday (Monday 0), day of year (1-based).</summary>
    public static (long Y, int Mon, int D, int H, int Min, int S, int WDay, int YDay) FromSeconds(long secs)
    {
        long days = Math.DivRem(secs, 86400, out long rem);
        if (rem < 0) { rem += 86400; days--; }
        var (y, m, d) = CivilFromDays(days);
        int wday = (int)(((days + 3) % 7 + 7) % 7);
        int yday = (int)(days - DaysFromCivil(y, 1, 1)) + 1;
        return (y, m, d, (int)(rem / 3600), (int)(rem / 60 % 60), (int)(rem % 60), wday, yday);
    }
}
