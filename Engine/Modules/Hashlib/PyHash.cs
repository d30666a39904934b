using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Hashlib;

/// <summary>A hash object (<c>_hashlib.HASH</c>, <c>_blake2.blake2b</c>, <c>_blake2.blake2s</c>).</summary>
internal sealed class PyHash : PyObject
{
    public PyHash(PyType type, Hasher hasher)
    {
        Type = type;
        Hasher = hasher;
    }

    /// <summary>The running computation.</summary>
    public Hasher Hasher { get; }

    public override PyType Type { get; }
}
