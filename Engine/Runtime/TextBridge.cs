using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Runtime;

/// <summary>Calls into the pure text helpers and turns their errors into Python exceptions or limits.</summary>
internal static class TextBridge
{
    public static PythonException ToPython(TextError e)
    {
        var type = ExcTypes.All.FirstOrDefault(t => t.Name == e.PythonType) ?? ExcTypes.ValueError;
        return Err.New(type, e.Message);
    }

    public static T Run<T>(Func<T> f)
    {
        try { return f(); }
        catch (TextError e) { throw ToPython(e); }
        catch (TextLimitException e) { throw new LimitExceededException(LimitKind.Memory, "memory limit exceeded: " + e.Message); }
    }
}
