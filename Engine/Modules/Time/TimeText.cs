using System.Globalization;
using System.Text;

namespace RuleSandbox.Engine.Modules.Time;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// The C library's text forms of a broken-down time as glibc prints them in the C locale:
/// strftime and asctime. Unlike datetime's strftime, the weekday and day of year come from the
/// tuple as given, as in C.
/// </summary>
internal static class TimeText
{
    private static readonly string[] s_dayAbbr = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    private static readonly string[] s_dayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    private static readonly string[] s_monAbbr = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    private static readonly string[] s_monNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    /// <summary>A C <c>struct tm</c>: year is the full year, month 0-11, wday Sunday 0, yday 0-365.</summary>
    public readonly record struct Tm(long Year, int Mon, int MDay, int Hour, int Min, int Sec, int WDay, int YDay, int IsDst, string Zone, long GmtOff);

    /// <summary>asctime's fixed form: "Tue Jan  2 03:04:05 2024".</summary>
    public static string AscTime(Tm t)
        => string.Create(CultureInfo.InvariantCulture, $"{s_dayAbbr[t.WDay]} {s_monAbbr[t.Mon]}{t.MDay,3} {t.Hour:00}:{t.Min:00}:{t.Sec:00} {t.Year}");

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static string P2(long v) => v.ToString("00", CultureInfo.InvariantCulture);

    public static string Strftime(string format, Tm t)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }
            char k = format[++i];
            int hour12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
            switch (k)
            {
                case '%': sb.Append('%'); break;
                case 'a': sb.Append(s_dayAbbr[t.WDay]); break;
                case 'A': sb.Append(s_dayNames[t.WDay]); break;
                case 'b' or 'h': sb.Append(s_monAbbr[t.Mon]); break;
                case 'B': sb.Append(s_monNames[t.Mon]); break;
                case 'c': sb.Append(Strftime("%a %b %e %H:%M:%S %Y", t)); break;
                case 'C': sb.Append(P2(FloorDiv(t.Year, 100))); break;
                case 'd': sb.Append(P2(t.MDay)); break;
                case 'D': sb.Append(Strftime("%m/%d/%y", t)); break;
                case 'e': sb.Append(t.MDay.ToString(CultureInfo.InvariantCulture).PadLeft(2)); break;
                case 'F': sb.Append(Strftime("%Y-%m-%d", t)); break;
                case 'H': sb.Append(P2(t.Hour)); break;
                case 'I': sb.Append(P2(hour12)); break;
                case 'j': sb.Append((t.YDay + 1).ToString("000", CultureInfo.InvariantCulture)); break;
                case 'k': sb.Append(I(t.Hour).PadLeft(2)); break;
                case 'l': sb.Append(I(hour12).PadLeft(2)); break;
                case 'm': sb.Append(P2(t.Mon + 1)); break;
                case 'M': sb.Append(P2(t.Min)); break;
                case 'n': sb.Append('\n'); break;
                case 'p': sb.Append(t.Hour < 12 ? "AM" : "PM"); break;
                case 'r': sb.Append(Strftime("%I:%M:%S %p", t)); break;
                case 'R': sb.Append(Strftime("%H:%M", t)); break;
                case 'S': sb.Append(P2(t.Sec)); break;
                case 't': sb.Append('\t'); break;
                case 'T': sb.Append(Strftime("%H:%M:%S", t)); break;
                case 'u': sb.Append(I(t.WDay == 0 ? 7 : t.WDay)); break;
                case 'U': sb.Append(P2((t.YDay + 7 - t.WDay) / 7)); break;
                case 'w': sb.Append(I(t.WDay)); break;
                case 'W': sb.Append(P2((t.YDay + 7 - (t.WDay + 6) % 7) / 7)); break;
                case 'x': sb.Append(Strftime("%m/%d/%y", t)); break;
                case 'X': sb.Append(Strftime("%H:%M:%S", t)); break;
                case 'y': sb.Append(P2(((t.Year % 100) + 100) % 100)); break;
                case 'Y': sb.Append(I(t.Year)); break;
                case 'z':
                {
                    long off = t.GmtOff;
                    sb.Append(off < 0 ? '-' : '+');
                    off = Math.Abs(off) / 60;
                    sb.Append(P2(off / 60)).Append(P2(off % 60));
                    break;
                }
                case 'Z': sb.Append(t.Zone); break;
                default:
                    // glibc copies a conversion it does not know as it is (CPython then shows "%f").
                    sb.Append('%').Append(k);
                    break;
            }
        }
        return sb.ToString();
    }

    private static long FloorDiv(long a, long b) => a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}
