using System.Globalization;
using System.Text;

namespace RuleSandbox.Policies.Json;

/// <summary>
/// A strict RFC 8259 reader producing <see cref="JsonValue"/> trees with positions. Columns count
/// UTF-16 units from 1, as editors show them for the ASCII that policy files are made of.
/// Nesting is bounded so a hostile file cannot exhaust the stack.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;
    private readonly string _s;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private JsonReader(string text) => _s = text;

    /// <summary>Parses a whole document.</summary>
    /// <exception cref="JsonSyntaxException">The text is not one JSON value.</exception>
    public static JsonValue Parse(string text)
    {
        var r = new JsonReader(text);
        if (r._s.Length > 0 && r._s[0] == '\uFEFF') r._pos = r._lineStart = 1;
        r.SkipWhitespace();
        if (r._pos >= r._s.Length) throw r.Error("the file is empty; expected a JSON object");
        var v = r.ReadValue(0);
        r.SkipWhitespace();
        if (r._pos < r._s.Length) throw r.Error($"unexpected {r.Describe()} after the end of the JSON value");
        return v;
    }

    private int Column => _pos - _lineStart + 1;

    private JsonSyntaxException Error(string message) => new(message, _line, Column);

    private string Describe()
    {
        if (_pos >= _s.Length) return "end of file";
        char c = _s[_pos];
        return c < ' ' ? $"control character U+{(int)c:X4}" : $"character '{c}'";
    }

    private void SkipWhitespace()
    {
        while (_pos < _s.Length)
        {
            char c = _s[_pos];
            if (c == '\n') { _pos++; _line++; _lineStart = _pos; }
            else if (c is ' ' or '\t' or '\r') _pos++;
            else if (c == '/' && _pos + 1 < _s.Length && (_s[_pos + 1] == '/' || _s[_pos + 1] == '*'))
                throw Error("comments are not allowed in JSON");
            else break;
        }
    }

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth) throw Error($"nesting deeper than {MaxDepth} levels");
        if (_pos >= _s.Length) throw Error("unexpected end of file; expected a value");
        int line = _line, col = Column;
        char c = _s[_pos];
        switch (c)
        {
            case '{': return ReadObject(depth, line, col);
            case '[': return ReadArray(depth, line, col);
            case '"': return new JsonValue(JsonKind.String, line, col) { Text = ReadString() };
            case 't': ReadWord("true"); return new JsonValue(JsonKind.True, line, col);
            case 'f': ReadWord("false"); return new JsonValue(JsonKind.False, line, col);
            case 'n': ReadWord("null"); return new JsonValue(JsonKind.Null, line, col);
            default:
                if (c == '-' || char.IsAsciiDigit(c)) return new JsonValue(JsonKind.Number, line, col) { Text = ReadNumber() };
                if (c == '\'') throw Error("strings must use double quotes");
                throw Error($"unexpected {Describe()}; expected a value");
        }
    }

    private void ReadWord(string word)
    {
        if (string.CompareOrdinal(_s, _pos, word, 0, word.Length) != 0
            || (_pos + word.Length < _s.Length && char.IsAsciiLetterOrDigit(_s[_pos + word.Length])))
            throw Error($"unexpected {Describe()}; expected a value");
        _pos += word.Length;
    }

    private JsonValue ReadObject(int depth, int line, int col)
    {
        var obj = new JsonValue(JsonKind.Object, line, col);
        _pos++;
        SkipWhitespace();
        if (_pos < _s.Length && _s[_pos] == '}') { _pos++; return obj; }
        while (true)
        {
            SkipWhitespace();
            if (_pos >= _s.Length) throw Error("unexpected end of file; expected '\"' to start a key");
            if (_s[_pos] != '"')
            {
                if (_s[_pos] == '}') throw Error("trailing comma before '}'");
                throw Error($"unexpected {Describe()}; expected '\"' to start a key");
            }
            int kl = _line, kc = Column;
            string key = ReadString();
            SkipWhitespace();
            if (_pos >= _s.Length || _s[_pos] != ':') throw Error($"unexpected {Describe()}; expected ':' after the key");
            _pos++;
            SkipWhitespace();
            var v = ReadValue(depth + 1);
            obj.Members.Add(new JsonMember(key, kl, kc, v));
            SkipWhitespace();
            if (_pos >= _s.Length) throw Error("unexpected end of file; expected ',' or '}'");
            if (_s[_pos] == ',') { _pos++; continue; }
            if (_s[_pos] == '}') { _pos++; return obj; }
            throw Error($"unexpected {Describe()}; expected ',' or '}}'");
        }
    }

    private JsonValue ReadArray(int depth, int line, int col)
    {
        var arr = new JsonValue(JsonKind.Array, line, col);
        _pos++;
        SkipWhitespace();
        if (_pos < _s.Length && _s[_pos] == ']') { _pos++; return arr; }
        while (true)
        {
            SkipWhitespace();
            if (_pos < _s.Length && _s[_pos] == ']') throw Error("trailing comma before ']'");
            arr.Items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (_pos >= _s.Length) throw Error("unexpected end of file; expected ',' or ']'");
            if (_s[_pos] == ',') { _pos++; continue; }
            if (_s[_pos] == ']') { _pos++; return arr; }
            throw Error($"unexpected {Describe()}; expected ',' or ']'");
        }
    }

    private string ReadString()
    {
        _pos++; // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _s.Length) throw Error("unterminated string");
            char c = _s[_pos];
            if (c == '"') { _pos++; return sb.ToString(); }
            if (c == '\n') throw Error("unterminated string (line break inside a string)");
            if (c < ' ') throw Error($"{Describe()} inside a string must be escaped");
            if (c != '\\') { sb.Append(c); _pos++; continue; }
            if (_pos + 1 >= _s.Length) throw Error("unterminated string");
            char e = _s[_pos + 1];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 6 > _s.Length || !int.TryParse(_s.AsSpan(_pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        throw Error("invalid \\u escape; expected four hex digits");
                    sb.Append((char)code);
                    _pos += 6;
                    continue;
                default:
                    throw Error($"invalid escape '\\{e}' in a string");
            }
            _pos += 2;
        }
    }

    private string ReadNumber()
    {
        int start = _pos;
        if (_s[_pos] == '-') _pos++;
        if (_pos >= _s.Length || !char.IsAsciiDigit(_s[_pos])) throw Error("invalid number; expected a digit");
        if (_s[_pos] == '0' && _pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1])) throw Error("invalid number; leading zeros are not allowed");
        while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos])) _pos++;
        if (_pos < _s.Length && _s[_pos] == '.')
        {
            _pos++;
            if (_pos >= _s.Length || !char.IsAsciiDigit(_s[_pos])) throw Error("invalid number; expected a digit after '.'");
            while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos])) _pos++;
        }
        if (_pos < _s.Length && (_s[_pos] == 'e' || _s[_pos] == 'E'))
        {
            _pos++;
            if (_pos < _s.Length && (_s[_pos] == '+' || _s[_pos] == '-')) _pos++;
            if (_pos >= _s.Length || !char.IsAsciiDigit(_s[_pos])) throw Error("invalid number; expected a digit in the exponent");
            while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos])) _pos++;
        }
        return _s[start.._pos];
    }
}
