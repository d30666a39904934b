using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Time;

/// <summary>
/// A <c>time.struct_time</c>: nine indexable fields (tm_year ... tm_isdst) and two named-only
/// ones (tm_zone, tm_gmtoff). CPython makes it a tuple subclass; here it is a native type that
/// indexes, iterates, compares and hashes like its tuple of nine fields.
/// </summary>
public sealed class PyStructTime : PyObject
{
    /// <summary>The field names, in index order (the last two are not indexable).</summary>
    internal static readonly string[] FieldNames = { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff" };

    internal PyStructTime(PyObject[] fields, PyObject zone, PyObject gmtoff)
    {
        Fields = fields;
        Zone = zone;
        GmtOff = gmtoff;
    }

    /// <summary>The nine sequence fields.</summary>
    internal PyObject[] Fields { get; }

    /// <summary>tm_zone (None when unknown).</summary>
    internal PyObject Zone { get; }

    /// <summary>tm_gmtoff (None when unknown).</summary>
    internal PyObject GmtOff { get; }

    /// <summary>The nine fields as a tuple.</summary>
    public PyTuple ToTuple() => PyTuple.From((PyObject[])Fields.Clone());

    /// <inheritdoc />
    public override PyType Type => TimeTypes.StructTime;
}
