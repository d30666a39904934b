using RuleSandbox.Engine.Syntax.Ast;

namespace RuleSandbox.Engine.Syntax;

/// <summary>Entry points of the front end: source text to a CPython-shaped syntax tree.</summary>
public static class PythonParser
{
    /// <summary>Parses a whole module, as <c>ast.parse(source)</c> does.</summary>
    /// <exception cref="PythonSyntaxError">The source is not valid Python 3.12.</exception>
    public static Module ParseModule(string source, string filename = "<unknown>")
        => throw new NotImplementedException("parser lands in the next commit");

    /// <summary>
    /// Parses a module from raw bytes: a UTF-8 BOM and a PEP 263 encoding declaration are honoured,
    /// undecodable bytes are a SyntaxError, as in CPython.
    /// </summary>
    /// <exception cref="PythonSyntaxError">The source is not valid Python 3.12.</exception>
    public static Module ParseModule(byte[] source, string filename)
        => throw new NotImplementedException("parser lands in the next commit");
}
