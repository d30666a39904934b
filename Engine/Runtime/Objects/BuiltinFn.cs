namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// A function implemented in C#. <paramref name="args"/> holds the positional arguments followed
/// by the values of the keyword arguments named in <paramref name="kwnames"/> (null when none),
/// exactly as they sit on the VM stack, so a call allocates nothing.
/// </summary>
public delegate PyObject BuiltinFn(ReadOnlySpan<PyObject> args, string[]? kwnames);
