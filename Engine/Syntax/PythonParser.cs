using System.Text;
using RuleSandbox.Engine.Syntax.Ast;

namespace RuleSandbox.Engine.Syntax;

/// <summary>Entry points of the front end: source text to a CPython-shaped syntax tree.</summary>
public static class PythonParser
{
    /// <summary>
    /// Parses a whole module as <c>compile(source, filename, 'exec')</c> would accept it: the tree
    /// is <c>ast.parse(source)</c>'s, and the compile-time errors CPython raises after parsing
    /// ('return' outside function, ...) are raised too.
    /// </summary>
    /// <exception cref="PythonSyntaxError">The source is not valid Python 3.12.</exception>
    public static Module ParseModule(string source, string filename = "<unknown>")
    {
        ArgumentNullException.ThrowIfNull(source);
        int nul = source.IndexOf('\0');
        if (nul >= 0)
            throw new PythonSyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);
        return new Parser(source, filename).ParseModule();
    }

    /// <summary>
    /// Parses a module from raw bytes: a UTF-8 BOM and a PEP 263 encoding declaration are honoured,
    /// undecodable bytes are a SyntaxError, as in CPython.
    /// </summary>
    /// <exception cref="PythonSyntaxError">The source is not valid Python 3.12.</exception>
    public static Module ParseModule(byte[] source, string filename)
        => ParseModule(SourceDecoder.Decode(source, filename), filename);

}
