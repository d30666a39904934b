namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// A generator: a suspended frame. Resuming runs the frame until its next yield (or its end);
/// the VM may also run it inline on its own frame stack when a <c>for</c> loop drives it.
/// </summary>
public sealed class PyGenerator : PyIterator
{
    /// <summary><c>generator</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("generator", null);

    internal PyGenerator(Frame frame, PyFunction function)
    {
        Frame = frame;
        Function = function;
        frame.Generator = this;
    }

    internal Frame Frame { get; }

    /// <summary>The generator function.</summary>
    public PyFunction Function { get; }

    /// <summary>True while the frame is executing.</summary>
    public bool Running { get; internal set; }

    /// <summary>True once the frame returned or raised.</summary>
    public bool Finished { get; internal set; }

    /// <summary>True once the first resume happened.</summary>
    public bool Started { get; internal set; }

    /// <summary>The handled exception saved while suspended inside an except block.</summary>
    internal PyBaseException? SavedHandled;

    /// <inheritdoc />
    public override PyObject? Next() => Vm.Current!.ResumeGenerator(this, PyNone.Instance, null, out _);

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
