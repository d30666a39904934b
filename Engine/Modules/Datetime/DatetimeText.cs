using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Modules.Datetime;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// Text forms of dates and times: ISO 8601 (isoformat/fromisoformat), strftime and strptime with
/// the C locale's names, as CPython prints and parses them on Linux.
/// </summary>
internal static partial class DatetimeText
{
    public static readonly string[] DayAbbr = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    public static readonly string[] DayNames = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    public static readonly string[] MonthAbbr = { "", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    public static readonly string[] MonthNames = { "", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    private static string D2(long v) => v.ToString("00", CultureInfo.InvariantCulture);

    public static string IsoDate(int y, int m, int d) => $"{y:0000}-{m:00}-{d:00}";

    /// <summary>The time part of isoformat with a timespec.</summary>
    public static string IsoTime(int h, int mi, int s, int us, string timespec) => timespec switch
    {
        "auto" => us != 0 ? $"{h:00}:{mi:00}:{s:00}.{us:000000}" : $"{h:00}:{mi:00}:{s:00}",
        "hours" => $"{h:00}",
        "minutes" => $"{h:00}:{mi:00}",
        "seconds" => $"{h:00}:{mi:00}:{s:00}",
        "milliseconds" => $"{h:00}:{mi:00}:{s:00}.{us / 1000:000}",
        "microseconds" => $"{h:00}:{mi:00}:{s:00}.{us:000000}",
        _ => throw Err.ValueError("Unknown timespec value"),
    };

    /// <summary>An offset as +HH:MM[:SS[.ffffff]] (<paramref name="sep"/> between fields).</summary>
    public static string Offset(long micros, string sep)
    {
        char sign = micros < 0 ? '-' : '+';
        long a = System.Math.Abs(micros);
        long us = a % 1_000_000; a /= 1_000_000;
        long s = a % 60; a /= 60;
        long m = a % 60; long h = a / 60;
        var sb = new StringBuilder().Append(sign).Append(D2(h)).Append(sep).Append(D2(m));
        if (s != 0 || us != 0) sb.Append(sep).Append(D2(s));
        if (us != 0) sb.Append('.').Append(us.ToString("000000", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>The fields strftime formats.</summary>
    public readonly record struct Fields(int Year, int Month, int Day, int Hour, int Minute, int Second, int Micro, PyTimezone? Tz, string? TzName);

    public static string Strftime(string format, Fields f)
    {
        var sb = new StringBuilder();
        int wd = CivilCalendar.Weekday(f.Year, f.Month, f.Day);
        int yday = CivilCalendar.ToOrdinal(f.Year, f.Month, f.Day) - CivilCalendar.ToOrdinal(f.Year, 1, 1) + 1;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 >= format.Length) { sb.Append(c); continue; }
            char k = format[++i];
            bool noPad = false;
            if (k == '-' && i + 1 < format.Length) { noPad = true; k = format[++i]; }
            string Num(long v, int width) => noPad ? v.ToString(CultureInfo.InvariantCulture) : v.ToString(new string('0', width), CultureInfo.InvariantCulture);
            int hour12 = f.Hour % 12 == 0 ? 12 : f.Hour % 12;
            switch (k)
            {
                case 'a': sb.Append(DayAbbr[wd]); break;
                case 'A': sb.Append(DayNames[wd]); break;
                case 'b' or 'h': sb.Append(MonthAbbr[f.Month]); break;
                case 'B': sb.Append(MonthNames[f.Month]); break;
                case 'c': sb.Append($"{DayAbbr[wd]} {MonthAbbr[f.Month]} {f.Day,2} {f.Hour:00}:{f.Minute:00}:{f.Second:00} {f.Year}"); break;
                case 'C': sb.Append(Num(f.Year / 100, 2)); break;
                case 'd': sb.Append(Num(f.Day, 2)); break;
                case 'D': sb.Append($"{f.Month:00}/{f.Day:00}/{f.Year % 100:00}"); break;
                case 'e': sb.Append($"{f.Day,2}"); break;
                case 'f': sb.Append(Num(f.Micro, 6)); break;
                case 'F': sb.Append($"{f.Year}-{f.Month:00}-{f.Day:00}"); break;
                case 'H': sb.Append(Num(f.Hour, 2)); break;
                case 'I': sb.Append(Num(hour12, 2)); break;
                case 'j': sb.Append(Num(yday, 3)); break;
                case 'm': sb.Append(Num(f.Month, 2)); break;
                case 'M': sb.Append(Num(f.Minute, 2)); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'p': sb.Append(f.Hour < 12 ? "AM" : "PM"); break;
                case 'R': sb.Append($"{f.Hour:00}:{f.Minute:00}"); break;
                case 'S': sb.Append(Num(f.Second, 2)); break;
                case 'T' or 'X': sb.Append($"{f.Hour:00}:{f.Minute:00}:{f.Second:00}"); break;
                case 'u': sb.Append(wd + 1); break;
                case 'w': sb.Append((wd + 1) % 7); break;
                case 'U': sb.Append(Num((yday + 6 - (wd + 1) % 7) / 7, 2)); break;
                case 'W': sb.Append(Num((yday + 6 - wd) / 7, 2)); break;
                case 'G': sb.Append(CivilCalendar.IsoCalendar(f.Year, f.Month, f.Day).Year); break;
                case 'V': sb.Append(Num(CivilCalendar.IsoCalendar(f.Year, f.Month, f.Day).Week, 2)); break;
                case 'x': sb.Append($"{f.Month:00}/{f.Day:00}/{f.Year % 100:00}"); break;
                case 'y': sb.Append(Num(f.Year % 100, 2)); break;
                case 'Y': sb.Append(f.Year); break;
                case 'z': if (f.Tz is not null) sb.Append(Offset(f.Tz.OffsetMicros, "")); break;
                case ':' when i + 1 < format.Length && format[i + 1] == 'z':
                    i++;
                    if (f.Tz is not null) sb.Append(Offset(f.Tz.OffsetMicros, ":"));
                    break;
                case 'Z': if (f.TzName is not null) sb.Append(f.TzName); break;
                case '%': sb.Append('%'); break;
                default: sb.Append('%'); if (noPad) sb.Append('-'); sb.Append(k); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>What strptime found.</summary>
    public sealed record Parsed(int Year, int Month, int Day, int Hour, int Minute, int Second, int Micro, long? OffsetMicros, string? TzName);

    private static readonly Dictionary<char, string> s_patterns = new()
    {
        ['d'] = @"(?<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
        ['f'] = @"(?<f>[0-9]{1,6})",
        ['H'] = @"(?<H>2[0-3]|[0-1]\d|\d)",
        ['I'] = @"(?<I>1[0-2]|0[1-9]|[1-9])",
        ['j'] = @"(?<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        ['m'] = @"(?<m>1[0-2]|0[1-9]|[1-9])",
        ['M'] = @"(?<M>[0-5]\d|\d)",
        ['S'] = @"(?<S>6[0-1]|[0-5]\d|\d)",
        ['y'] = @"(?<y>\d\d)",
        ['Y'] = @"(?<Y>\d\d\d\d)",
        ['z'] = @"(?<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        ['p'] = @"(?<p>am|pm)",
        ['a'] = "(?<a>" + string.Join("|", DayNames.Select(n => n.ToLowerInvariant())) + "|" + string.Join("|", DayAbbr.Select(n => n.ToLowerInvariant())) + ")",
        ['A'] = "(?<A>" + string.Join("|", DayNames.Select(n => n.ToLowerInvariant())) + "|" + string.Join("|", DayAbbr.Select(n => n.ToLowerInvariant())) + ")",
        ['b'] = "(?<b>" + string.Join("|", MonthNames.Skip(1).Select(n => n.ToLowerInvariant())) + "|" + string.Join("|", MonthAbbr.Skip(1).Select(n => n.ToLowerInvariant())) + ")",
        ['Z'] = "(?<Z>utc|gmt)",
    };

    // Compiled strptime patterns by format, as CPython's _strptime caches them. Shared by every
    // execution of the process (a Regex is immutable and thread-safe); bounded, because the
    // formats come from rules: past the bound, patterns are built per call and not kept.
    private const int PatternCacheLimit = 256;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> s_patternCache = new(StringComparer.Ordinal);

    public static Parsed Strptime(string data, string format)
    {
        if (!s_patternCache.TryGetValue(format, out var regex))
        {
            regex = new Regex(StrptimePattern(format), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (s_patternCache.Count < PatternCacheLimit) s_patternCache.TryAdd(format, regex);
        }
        var m = regex.Match(data);
        return FromMatch(m, data, format);
    }

    private static string StrptimePattern(string format)
    {
        var rx = new StringBuilder("^");
        var seen = new HashSet<char>();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '%' && i + 1 < format.Length)
            {
                char k = format[++i];
                if (k == '%') { rx.Append('%'); continue; }
                if (k == 'B') k = 'b';
                if (k == 'h') k = 'b';
                if (!s_patterns.TryGetValue(k, out var pat))
                    throw Err.ValueError($"'{k}' is a bad directive in format '{format}'");
                if (!seen.Add(k)) throw Err.NotImplementedError("repeated directives are not supported by RuleSandbox's strptime");
                rx.Append(pat);
            }
            else if (c == '%')
            {
                throw Err.ValueError($"stray % in format '{format}'");
            }
            else if (char.IsWhiteSpace(c))
            {
                rx.Append(@"\s+");
                while (i + 1 < format.Length && char.IsWhiteSpace(format[i + 1])) i++;
            }
            else
            {
                rx.Append(Regex.Escape(c.ToString()));
            }
        }
        return rx.ToString();
    }

    private static Parsed FromMatch(Match m, string data, string format)
    {
        if (!m.Success) throw Err.ValueError($"time data {PyRepr(data)} does not match format {PyRepr(format)}");
        if (m.Length != data.Length) throw Err.ValueError($"unconverted data remains: {data[m.Length..]}");
        int G(string name, int dflt) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value.Trim(), CultureInfo.InvariantCulture) : dflt;
        int year = G("Y", 1900);
        if (m.Groups["y"].Success) { int y2 = G("y", 0); year = y2 < 69 ? 2000 + y2 : 1900 + y2; }
        int month = G("m", 1);
        if (m.Groups["b"].Success)
        {
            string b = m.Groups["b"].Value.ToLowerInvariant();
            month = Array.FindIndex(MonthNames, n => n.ToLowerInvariant() == b);
            if (month < 0) month = Array.FindIndex(MonthAbbr, n => n.ToLowerInvariant() == b);
        }
        int day = G("d", 1);
        int hour = G("H", 0);
        if (m.Groups["I"].Success)
        {
            int h12 = G("I", 12);
            bool pm = m.Groups["p"].Success && m.Groups["p"].Value.Equals("pm", StringComparison.OrdinalIgnoreCase);
            hour = h12 % 12 + (pm ? 12 : 0);
        }
        int minute = G("M", 0), second = G("S", 0);
        int micro = 0;
        if (m.Groups["f"].Success) micro = int.Parse(m.Groups["f"].Value.PadRight(6, '0'), CultureInfo.InvariantCulture);
        if (m.Groups["j"].Success && !m.Groups["m"].Success && !m.Groups["b"].Success && !m.Groups["d"].Success)
        {
            var ymd = CivilCalendar.FromOrdinal(CivilCalendar.ToOrdinal(year, 1, 1) + G("j", 1) - 1);
            (year, month, day) = ymd;
        }
        if (day > CivilCalendar.DaysInMonth(year, month)) throw Err.ValueError("day is out of range for month");
        if (second > 59) second = 59;
        long? offset = null;
        if (m.Groups["z"].Success) offset = ParseOffset(m.Groups["z"].Value, data, format);
        string? tzname = m.Groups["Z"].Success ? m.Groups["Z"].Value : null;
        return new Parsed(year, month, day, hour, minute, second, micro, offset, tzname);
    }

    private static long ParseOffset(string z, string data, string format)
    {
        if (z == "Z") return 0;
        int sign = z[0] == '-' ? -1 : 1;
        string body = z[1..].Replace(":", "", StringComparison.Ordinal);
        long h = long.Parse(body[..2], CultureInfo.InvariantCulture);
        long mi = long.Parse(body[2..4], CultureInfo.InvariantCulture);
        long s = body.Length >= 6 ? long.Parse(body[4..6], CultureInfo.InvariantCulture) : 0;
        long us = body.Length > 7 ? long.Parse(body[7..].PadRight(6, '0'), CultureInfo.InvariantCulture) : 0;
        return sign * (((h * 60 + mi) * 60 + s) * 1_000_000 + us);
    }

    /// <summary>Python's repr of a str (quotes chosen as Python does).</summary>
    public static string PyRepr(string s) => Ops.Repr(Runtime.Objects.PyStr.From(s));

    [GeneratedRegexAttribute(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex IsoDateRegex();

    /// <summary>A date from YYYY-MM-DD or YYYYMMDD, or null.</summary>
    public static (int, int, int)? ParseIsoDate(string s)
    {
        if (s.Length == 8 && s.All(char.IsAsciiDigit))
            return (int.Parse(s[..4], CultureInfo.InvariantCulture), int.Parse(s[4..6], CultureInfo.InvariantCulture), int.Parse(s[6..], CultureInfo.InvariantCulture));
        var m = IsoDateRegex().Match(s);
        if (!m.Success) return null;
        return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegexAttribute(@"^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?$")]
    private static partial Regex IsoTimeRegex();

    /// <summary>A time from HH[:MM[:SS[.fff[fff]]]][offset], or null.</summary>
    public static (int H, int M, int S, int Us, long? Offset)? ParseIsoTime(string s)
    {
        var m = IsoTimeRegex().Match(s);
        if (!m.Success) return null;
        int h = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int mi = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        int sec = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        int us = 0;
        if (m.Groups[4].Success)
        {
            string f = m.Groups[4].Value;
            if (f.Length > 6) f = f[..6];
            us = int.Parse(f.PadRight(6, '0'), CultureInfo.InvariantCulture);
        }
        long? off = null;
        if (m.Groups[5].Success)
        {
            string z = m.Groups[5].Value;
            if (z == "Z") off = 0;
            else
            {
                string b = z[1..].Replace(":", "", StringComparison.Ordinal);
                if (b.Length is 2) b += "00";
                off = ParseOffset(z[0] + b, s, "");
            }
        }
        return (h, mi, sec, us, off);
    }
}
