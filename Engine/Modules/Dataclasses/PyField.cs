using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary>What a dataclass field is: a real field, a <c>ClassVar</c> or an <c>InitVar</c> pseudo-field.</summary>
internal enum FieldKind { Field, ClassVar, InitVar }

/// <summary>
/// <c>dataclasses.Field</c>: what <c>field()</c> returns and what <c>fields()</c> lists. The
/// name, type and kind are filled in when the class is processed.
/// </summary>
internal sealed class PyField : PyObject
{
    /// <summary>A field with the options of <c>field()</c>; MISSING marks an option left out.</summary>
    public PyField(PyObject @default, PyObject defaultFactory, bool init, bool repr, PyObject hash, bool compare, PyObject metadata, PyObject kwOnly)
    {
        Default = @default;
        DefaultFactory = defaultFactory;
        Init = init;
        Repr = repr;
        Hash = hash;
        Compare = compare;
        Metadata = metadata;
        KwOnly = kwOnly;
    }

    public string? Name { get; set; }

    public PyObject FieldType { get; set; } = PyNone.Instance;

    public PyObject Default { get; set; }

    public PyObject DefaultFactory { get; set; }

    public bool Init { get; set; }

    public bool Repr { get; set; }

    /// <summary>None (follow <see cref="Compare"/>) or a truth value.</summary>
    public PyObject Hash { get; set; }

    public bool Compare { get; set; }

    public PyObject Metadata { get; set; }

    /// <summary>MISSING until the class decides, then a bool.</summary>
    public PyObject KwOnly { get; set; }

    public FieldKind Kind { get; set; }

    /// <summary>True when the class processing has set <see cref="Kind"/>.</summary>
    public bool Processed { get; set; }

    public bool HasDefault => !ReferenceEquals(Default, DataclassTypes.Missing);

    public bool HasFactory => !ReferenceEquals(DefaultFactory, DataclassTypes.Missing);

    public bool IsKwOnly => !ReferenceEquals(KwOnly, DataclassTypes.Missing) && Runtime.Ops.IsTrue(KwOnly);

    /// <summary>Whether the field takes part in <c>__hash__</c> (<c>hash=None</c> follows <c>compare</c>).</summary>
    public bool InHash => Hash is PyNone ? Compare : Runtime.Ops.IsTrue(Hash);

    public override PyType Type => DataclassTypes.Field;
}
