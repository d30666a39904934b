namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// An instance of a class derived from a builtin type (<c>class Tags(list)</c>, an <c>IntEnum</c>
/// member, a <c>Counter</c>): the object has the builtin's C# layout, so everything that accepts
/// the builtin accepts it, but its <see cref="PyObject.Type"/> is the subclass.
/// </summary>
/// <remarks>
/// The operators (<see cref="Ops"/>) check for this marker before their builtin fast paths, so a
/// method the subclass defines (<c>__getitem__</c>, <c>__repr__</c>, <c>__missing__</c>...) wins
/// over the builtin behaviour, as in CPython where such a class fills its own type slots. Exact
/// builtin objects never carry the marker, so the check costs them one failed type test.
/// </remarks>
public interface ISubclassInstance
{
}
