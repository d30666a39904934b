using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// One activation of a code object: its local slots, its value stack and where it is. Frames form
/// an explicit linked stack (<see cref="Back"/>) that the VM loop walks itself, so a Python call
/// does not recurse on the .NET stack. Frames are never visible to Python code.
/// </summary>
internal sealed class Frame
{
    public readonly CodeObject Code;
    public readonly PyObject[] Consts;
    public readonly PyStr[] Names;
    public readonly Slot[] Locals;
    public readonly Slot[] Stack;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    public PyDict? LocalsDict;
    public int Sp;
    public readonly int StackBase;
    public int Pc;
    public Frame? Back;
    public PyFunction? Function;

    /// <summary>For an <c>__init__</c> run by an inline constructor call: the new object to return.</summary>
    public PyObject? InitSelf;

    /// <summary>The generator that owns this frame, if any.</summary>
    public PyGenerator? Generator;

    /// <summary>True when a generator frame was entered inline by FOR_ITER of <see cref="Back"/>.</summary>
    public bool InlineForIter;

    /// <summary>Set when the frame suspended at a yield (rather than returning).</summary>
    public bool Yielded;

    public Frame(CodeObject code, PyObject[] consts, PyDict globals, PyDict builtins, PyDict? localsDict)
    {
        Code = code;
        Consts = consts;
        Names = RuntimeConstants.NamesFor(code);
        Globals = globals;
        Builtins = builtins;
        LocalsDict = localsDict;
        // Locals and the value stack share one array (one allocation per call): the stack starts
        // after the local slots, so exception-table depths are relative to StackBase.
        StackBase = code.LocalsPlusCount;
        Locals = Stack = new Slot[code.LocalsPlusCount + code.MaxStack + 1];
        Sp = StackBase;
    }

    /// <summary>The line executing now (the instruction before <see cref="Pc"/>).</summary>
    public int CurrentLine => Code.LineOf(Pc - 1);
}
