using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Random;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// Binds arguments the way a Python <c>def</c> does, with its error messages. Most of CPython's
/// <c>random.Random</c> is written in Python (random.py), so a wrong call reports
/// "Random.randint() missing 1 required positional argument: 'b'" rather than a C builtin's words.
/// </summary>
internal sealed class MethodArgs
{
    private readonly string _qualName;
    private readonly string[] _names;
    private readonly int _required;
    private readonly int _kwOnlyFrom;

    /// <param name="qualName">The qualified name (<c>Random.randint</c>).</param>
    /// <param name="names">Parameter names, <c>self</c> first.</param>
    /// <param name="required">How many leading parameters have no default (self included).</param>
    /// <param name="kwOnlyFrom">Index of the first keyword-only parameter (names.Length when none).</param>
    public MethodArgs(string qualName, string[] names, int required, int kwOnlyFrom = -1)
    {
        _qualName = qualName;
        _names = names;
        _required = required;
        _kwOnlyFrom = kwOnlyFrom < 0 ? names.Length : kwOnlyFrom;
    }

    /// <summary>The arguments by parameter (null where a default applies); a[0] is self.</summary>
    public PyObject?[] Bind(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var result = new PyObject?[_names.Length];
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > _kwOnlyFrom)
        {
            int minPos = Math.Min(_required, _kwOnlyFrom);
            string takes = minPos == _kwOnlyFrom
                ? $"{_kwOnlyFrom} positional argument{(_kwOnlyFrom == 1 ? "" : "s")}"
                : $"from {minPos} to {_kwOnlyFrom} positional arguments";
            throw Err.TypeError($"{_qualName}() takes {takes} but {npos} {(npos == 1 ? "was" : "were")} given");
        }
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string kw = kwnames![k];
            int ix = Array.IndexOf(_names, kw);
            if (ix <= 0) throw Err.TypeError($"{_qualName}() got an unexpected keyword argument '{kw}'");
            if (result[ix] is not null) throw Err.TypeError($"{_qualName}() got multiple values for argument '{kw}'");
            result[ix] = args[npos + k];
        }
        List<string>? missing = null;
        for (int i = 0; i < _required; i++)
        {
            if (result[i] is null) (missing ??= new List<string>()).Add(_names[i]);
        }
        if (missing is not null)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < missing.Count; i++)
            {
                if (i > 0) sb.Append(missing.Count == 2 ? " and " : i == missing.Count - 1 ? ", and " : ", ");
                sb.Append('\'').Append(missing[i]).Append('\'');
            }
            string plural = missing.Count == 1 ? "argument" : "arguments";
            throw Err.TypeError($"{_qualName}() missing {missing.Count} required positional {plural}: {sb}");
        }
        return result;
    }
}
