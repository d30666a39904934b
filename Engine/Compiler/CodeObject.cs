namespace RuleSandbox.Engine.Compiler;

/// <summary>
/// Compiled code of one scope (module, class body, function, lambda, comprehension). Immutable
/// once built and safe to share between threads and concurrent executions; the only mutable part
/// is the runtime's idempotent constant cache.
/// </summary>
/// <remarks>
/// Constants are compile-time values (the compiler does not depend on the runtime): null for
/// None, <see cref="bool"/>, <see cref="System.Numerics.BigInteger"/>, <see cref="double"/>,
/// <see cref="string"/>, <c>byte[]</c>, <see cref="ImaginaryConstant"/>, <see cref="EllipsisConstant"/>,
/// nested <see cref="CodeObject"/>s, and <c>object[]</c> for constant tuples (keyword names).
/// Local slots are laid out as [varnames | cellvars | freevars].
/// </remarks>
public sealed class CodeObject
{
    internal object? RuntimeCache;

    internal CodeObject(string name, string qualName, string filename, int firstLine, CodeFlags flags,
        int[] code, int[] lines, object?[] constants, string[] names, string[] varNames, string[] cellVars,
        string[] freeVars, int argCount, int posOnlyArgCount, int kwOnlyArgCount, int[] cellArgs,
        ExceptionTableEntry[] exceptionTable, int maxStack, string[] sourceLines, string? docstring)
    {
        Name = name; QualName = qualName; Filename = filename; FirstLine = firstLine; Flags = flags;
        Code = code; Lines = lines; Constants = constants; Names = names; VarNames = varNames;
        CellVars = cellVars; FreeVars = freeVars; ArgCount = argCount; PosOnlyArgCount = posOnlyArgCount;
        KwOnlyArgCount = kwOnlyArgCount; CellArgs = cellArgs; ExceptionTable = exceptionTable;
        MaxStack = maxStack; SourceLines = sourceLines; Docstring = docstring;
    }

    /// <summary><c>co_name</c>.</summary>
    public string Name { get; }
    /// <summary><c>co_qualname</c>.</summary>
    public string QualName { get; }
    /// <summary><c>co_filename</c>.</summary>
    public string Filename { get; }
    /// <summary><c>co_firstlineno</c>.</summary>
    public int FirstLine { get; }
    /// <summary>Kind of scope and parameter flags.</summary>
    public CodeFlags Flags { get; }
    /// <summary>The instructions (see <see cref="Instr"/>).</summary>
    public int[] Code { get; }
    /// <summary>Source line of each instruction; read only to build tracebacks.</summary>
    public int[] Lines { get; }
    /// <summary>Constants (see remarks).</summary>
    public object?[] Constants { get; }
    /// <summary>Global, attribute and dict-scope names.</summary>
    public string[] Names { get; }
    /// <summary>Local variable names, parameters first.</summary>
    public string[] VarNames { get; }
    /// <summary>Locals captured by nested scopes.</summary>
    public string[] CellVars { get; }
    /// <summary>Variables of enclosing scopes used here.</summary>
    public string[] FreeVars { get; }
    /// <summary>Positional parameters (including positional-only).</summary>
    public int ArgCount { get; }
    /// <summary>Positional-only parameters.</summary>
    public int PosOnlyArgCount { get; }
    /// <summary>Keyword-only parameters.</summary>
    public int KwOnlyArgCount { get; }
    /// <summary>For each cell variable, the parameter slot it is initialised from, or -1.</summary>
    public int[] CellArgs { get; }
    /// <summary>Handlers, innermost first.</summary>
    public ExceptionTableEntry[] ExceptionTable { get; }
    /// <summary>The deepest the value stack gets.</summary>
    public int MaxStack { get; }
    /// <summary>The source file's lines (shared by every code object of one compilation).</summary>
    public string[] SourceLines { get; }
    /// <summary>The docstring, if the body starts with one.</summary>
    public string? Docstring { get; }

    /// <summary>Slots for varnames + cellvars + freevars.</summary>
    public int LocalsPlusCount => VarNames.Length + CellVars.Length + FreeVars.Length;

    /// <summary>Total parameters, counting *args and **kwargs.</summary>
    public int TotalArgs => ArgCount + KwOnlyArgCount + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);

    /// <summary>The source line of instruction <paramref name="pc"/>.</summary>
    public int LineOf(int pc) => pc >= 0 && pc < Lines.Length ? Lines[pc] : FirstLine;

    /// <summary>A disassembly listing, for debugging and compiler tests.</summary>
    public string Disassemble()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < Code.Length; i++)
        {
            var op = Instr.Op(Code[i]);
            int arg = Instr.Arg(Code[i]);
            sb.Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4)).Append(' ').Append(op);
            if (arg != 0 || op is Opcode.LoadConst or Opcode.LoadFast or Opcode.StoreFast or Opcode.LoadGlobal or Opcode.LoadName or Opcode.StoreName or Opcode.Jump)
                sb.Append(' ').Append(arg);
            string? detail = op switch
            {
                Opcode.LoadConst => Constants[arg] is CodeObject c ? $"<code {c.Name}>" : Constants[arg]?.ToString() ?? "None",
                Opcode.LoadFast or Opcode.StoreFast or Opcode.DeleteFast => VarNames[arg],
                Opcode.LoadGlobal or Opcode.StoreGlobal or Opcode.LoadName or Opcode.StoreName or Opcode.LoadAttr or Opcode.StoreAttr or Opcode.LoadMethod => Names[arg],
                _ => null,
            };
            if (detail is not null) sb.Append(" (").Append(detail).Append(')');
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
