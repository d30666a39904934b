namespace RuleSandbox.Engine.Modules.Datetime;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// The proleptic Gregorian calendar as CPython's datetime uses it: ordinals (day 1 is 0001-01-01),
/// leap years, weekdays and ISO weeks. Pure arithmetic, no host clock or time zone.
/// </summary>
public static class CivilCalendar
{
    private static readonly int[] s_daysInMonth = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    private static readonly int[] s_daysBeforeMonth = { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

    /// <summary>Smallest year (1).</summary>
    public const int MinYear = 1;

    /// <summary>Largest year (9999).</summary>
    public const int MaxYear = 9999;

    /// <summary>Ordinal of 9999-12-31.</summary>
    public const int MaxOrdinal = 3652059;

    /// <summary>Whether <paramref name="y"/> is a leap year.</summary>
    public static bool IsLeap(int y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    /// <summary>Days in month <paramref name="m"/> of year <paramref name="y"/>.</summary>
    public static int DaysInMonth(int y, int m) => m == 2 && IsLeap(y) ? 29 : s_daysInMonth[m];

    private static int DaysBeforeYear(int y)
    {
        int n = y - 1;
        return n * 365 + n / 4 - n / 100 + n / 400;
    }

    /// <summary>The ordinal of a valid date.</summary>
    public static int ToOrdinal(int y, int m, int d)
        => DaysBeforeYear(y) + s_daysBeforeMonth[m] + (m > 2 && IsLeap(y) ? 1 : 0) + d;

    /// <summary>The date of an ordinal in [1, MaxOrdinal].</summary>
    public static (int Year, int Month, int Day) FromOrdinal(int n)
    {
        // CPython's ord_to_ymd: split into 400-, 100-, 4- and 1-year cycles.
        n -= 1;
        int n400 = n / 146097; n %= 146097;
        int year = n400 * 400 + 1;
        int n100 = n / 36524; n %= 36524;
        int n4 = n / 1461; n %= 1461;
        int n1 = n / 365; n %= 365;
        year += n100 * 100 + n4 * 4 + n1;
        if (n1 == 4 || n100 == 4) return (year - 1, 12, 31);
        bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
        int month = (n + 50) >> 5;
        int preceding = s_daysBeforeMonth[month] + (month > 2 && leap ? 1 : 0);
        if (preceding > n)
        {
            month -= 1;
            preceding -= DaysInMonth(year, month);
        }
        return (year, month, n - preceding + 1);
    }

    /// <summary>Monday is 0 ... Sunday is 6.</summary>
    public static int Weekday(int y, int m, int d) => (ToOrdinal(y, m, d) + 6) % 7;

    /// <summary>The ISO year, week (1-53) and weekday (1-7).</summary>
    public static (int Year, int Week, int Weekday) IsoCalendar(int y, int m, int d)
    {
        int year = y;
        int week1 = IsoWeek1Monday(year);
        int today = ToOrdinal(y, m, d);
        int week = System.Math.DivRem(today - week1, 7, out int day);
        if (today - week1 < 0) { week = -1; day = ((today - week1) % 7 + 7) % 7; }
        if (week < 0)
        {
            year--;
            week1 = IsoWeek1Monday(year);
            week = System.Math.DivRem(today - week1, 7, out day);
        }
        else if (week >= 52 && today >= IsoWeek1Monday(year + 1))
        {
            year++;
            week = 0;
        }
        return (year, week + 1, day + 1);
    }

    /// <summary>The ordinal of the Monday of ISO week 1 of <paramref name="year"/>.</summary>
    public static int IsoWeek1Monday(int year)
    {
        int firstDay = ToOrdinal(year, 1, 1);
        int firstWeekday = (firstDay + 6) % 7;
        int monday = firstDay - firstWeekday;
        if (firstWeekday > 3) monday += 7;
        return monday;
    }
}
