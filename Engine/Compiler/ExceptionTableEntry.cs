namespace RuleSandbox.Engine.Compiler;

/// <summary>
/// One row of a code object's exception table: an exception raised by an instruction in
/// [<see cref="Start"/>, <see cref="End"/>) pops the value stack to <see cref="Depth"/>, pushes
/// the exception and continues at <see cref="Target"/>. Rows are ordered innermost first, so the
/// first matching row wins. Nothing runs when no exception is raised ("zero-cost" try).
/// </summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth);
