using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Uuid;

/// <summary>A member of the <c>uuid.SafeUUID</c> enum (safe = 0, unsafe = -1, unknown = None).</summary>
internal sealed class PySafeUuid : PyObject
{
    public PySafeUuid(string name, PyObject value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    public PyObject Value { get; }

    public override PyType Type => UuidBinding.SafeUuidType;
}
