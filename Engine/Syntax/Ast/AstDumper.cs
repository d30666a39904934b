using System.Text;

namespace RuleSandbox.Engine.Syntax.Ast;

/// <summary>
/// Writes nodes as CPython 3.12's <c>ast.dump</c> does with its defaults: every field annotated,
/// optional fields that are None left out, lists always written (even empty), no positions.
/// </summary>
internal sealed class AstDumper
{
    private readonly StringBuilder _sb;
    private readonly Stack<bool> _first = new();

    public AstDumper(StringBuilder sb) => _sb = sb;

    public void Open(string name)
    {
        _sb.Append(name).Append('(');
        _first.Push(true);
    }

    public void Close()
    {
        _first.Pop();
        _sb.Append(')');
    }

    private void Field(string name)
    {
        if (!_first.Pop()) _sb.Append(", ");
        _first.Push(false);
        _sb.Append(name).Append('=');
    }

    public void Node(string name, Node? value)
    {
        if (value is null) return;
        Field(name);
        value.Dump(this);
    }

    public void NodeList<T>(string name, IReadOnlyList<T?> values) where T : Node
    {
        Field(name);
        _sb.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            if (values[i] is { } v) v.Dump(this);
            else _sb.Append("None");
        }
        _sb.Append(']');
    }

    public void String(string name, string? value)
    {
        if (value is null) return;
        Field(name);
        _sb.Append(LiteralRepr.Str(value));
    }

    public void StringList(string name, IReadOnlyList<string> values)
    {
        Field(name);
        _sb.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            _sb.Append(LiteralRepr.Str(values[i]));
        }
        _sb.Append(']');
    }

    public void Int(string name, int? value)
    {
        if (value is null) return;
        Field(name);
        _sb.Append(value.Value);
    }

    public void Constant(string name, ConstantValue value)
    {
        Field(name);
        _sb.Append(value.Repr());
    }

    public void Enum<T>(string name, T value) where T : struct, System.Enum
    {
        Field(name);
        _sb.Append(value.ToString()).Append("()");
    }

    public void EnumList<T>(string name, IReadOnlyList<T> values) where T : struct, System.Enum
    {
        Field(name);
        _sb.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            _sb.Append(values[i].ToString()).Append("()");
        }
        _sb.Append(']');
    }

    public override string ToString() => _sb.ToString();
}
