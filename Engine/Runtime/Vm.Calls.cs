using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

public sealed partial class Vm
{
    /// <summary>
    /// Binds call arguments to a new frame for <paramref name="fn"/> (CPython's argument binding
    /// with its error messages). <paramref name="self"/>, when given, is the first positional argument.
    /// </summary>
    internal Frame BindArguments(PyFunction fn, ReadOnlySpan<PyObject> args, string[]? kwnames, PyObject? self)
    {
        var code = fn.Code;
        var frame = new Frame(code, fn.Consts, fn.Globals, Builtins, null) { Function = fn };
        var locals = frame.Locals;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        int argcount = code.ArgCount;
        int offset = self is null ? 0 : 1;
        int totalPos = npos + offset;
        var flags = code.Flags;

        if (nkw == 0 && totalPos == argcount && (flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && code.KwOnlyArgCount == 0)
        {
            if (self is not null) locals[0].V = self;
            for (int i = 0; i < npos; i++) locals[i + offset].V = args[i];
        }
        else
        {
            BindSlow(fn, frame, args, kwnames, self, npos);
        }

        int nvars = code.VarNames.Length;
        var cellArgs = code.CellArgs;
        for (int i = 0; i < cellArgs.Length; i++)
        {
            int a = cellArgs[i];
            locals[nvars + i].V = new PyCell(a >= 0 ? locals[a].V : null);
        }
        var closure = fn.Closure;
        if (closure is not null)
        {
            int baseIx = nvars + cellArgs.Length;
            for (int i = 0; i < closure.Length; i++) locals[baseIx + i].V = closure[i];
        }
        return frame;
    }

    private static void BindSlow(PyFunction fn, Frame frame, ReadOnlySpan<PyObject> args, string[]? kwnames, PyObject? self, int npos)
    {
        var code = fn.Code;
        var locals = frame.Locals;
        int argcount = code.ArgCount;
        int kwonly = code.KwOnlyArgCount;
        bool hasVarArgs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarKw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int varArgsSlot = argcount + kwonly;
        int varKwSlot = varArgsSlot + (hasVarArgs ? 1 : 0);
        string name = fn.QualName;
        PyDict? kwdict = hasVarKw ? new PyDict() : null;
        if (kwdict is not null) locals[varKwSlot].V = kwdict;

        // Positional arguments.
        var positional = new List<PyObject>(npos + 1);
        if (self is not null) positional.Add(self);
        for (int i = 0; i < npos; i++) positional.Add(args[i]);
        int n = Math.Min(positional.Count, argcount);
        for (int i = 0; i < n; i++) locals[i].V = positional[i];
        if (hasVarArgs)
        {
            var extra = positional.Count > argcount ? positional.GetRange(argcount, positional.Count - argcount).ToArray() : Array.Empty<PyObject>();
            locals[varArgsSlot].V = PyTuple.From(extra);
        }
        else if (positional.Count > argcount)
        {
            TooManyPositional(fn, positional.Count, kwnames);
        }

        // Keyword arguments.
        if (kwnames is not null)
        {
            var varNames = code.VarNames;
            List<string>? posOnlyPassed = null;
            for (int k = 0; k < kwnames.Length; k++)
            {
                string kw = kwnames[k];
                var value = args[npos + k];
                int ix = -1;
                for (int j = code.PosOnlyArgCount; j < argcount + kwonly; j++)
                    if (varNames[j] == kw) { ix = j; break; }
                if (ix < 0)
                {
                    if (kwdict is not null) { kwdict.Set(kw, value); continue; }
                    for (int j = 0; j < code.PosOnlyArgCount; j++)
                        if (varNames[j] == kw) { (posOnlyPassed ??= new()).Add(kw); break; }
                    if (posOnlyPassed is not null && posOnlyPassed.Contains(kw)) continue;
                    throw Err.TypeError($"{name}() got an unexpected keyword argument '{kw}'");
                }
                if (locals[ix].V is not null) throw Err.TypeError($"{name}() got multiple values for argument '{kw}'");
                locals[ix].V = value;
            }
            if (posOnlyPassed is not null)
                throw Err.TypeError($"{name}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyPassed)}'");
        }

        // Defaults and missing arguments.
        var defaults = fn.Defaults;
        int firstDefault = argcount - defaults.Length;
        List<string>? missing = null;
        for (int i = 0; i < argcount; i++)
        {
            if (locals[i].V is not null) continue;
            if (i >= firstDefault) locals[i].V = defaults[i - firstDefault];
            else (missing ??= new()).Add(code.VarNames[i]);
        }
        if (missing is not null)
            throw Err.TypeError($"{name}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");
        for (int i = argcount; i < argcount + kwonly; i++)
        {
            if (locals[i].V is not null) continue;
            var d = fn.KwDefaults?.Get(code.VarNames[i]);
            if (d is not null) locals[i].V = d;
            else (missing ??= new()).Add(code.VarNames[i]);
        }
        if (missing is not null)
            throw Err.TypeError($"{name}() missing {missing.Count} required keyword-only argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");
    }

    private static void TooManyPositional(PyFunction fn, int given, string[]? kwnames)
    {
        var code = fn.Code;
        int argcount = code.ArgCount;
        int defcount = fn.Defaults.Length;
        string takes = defcount > 0
            ? $"from {argcount - defcount} to {argcount} positional arguments"
            : $"{argcount} positional argument{(argcount == 1 ? "" : "s")}";
        int kwGiven = 0;
        if (kwnames is not null)
            foreach (var k in kwnames)
                for (int j = argcount; j < argcount + code.KwOnlyArgCount; j++)
                    if (code.VarNames[j] == k) kwGiven++;
        string given2 = kwGiven > 0
            ? $"{given} positional argument{(given == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")}) were given"
            : $"{given} {(given == 1 ? "was" : "were")} given";
        throw Err.TypeError($"{fn.QualName}() takes {takes} but {given2}");
    }

    private static string JoinNames(List<string> names)
    {
        var q = names.Select(n => $"'{n}'").ToList();
        if (q.Count == 1) return q[0];
        if (q.Count == 2) return $"{q[0]} and {q[1]}";
        return string.Join(", ", q.Take(q.Count - 1)) + ", and " + q[^1];
    }
}
