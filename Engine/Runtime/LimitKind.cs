namespace RuleSandbox.Engine.Runtime;

/// <summary>Which limit ended an execution.</summary>
public enum LimitKind
{
    /// <summary>The instruction/work budget ran out.</summary>
    Fuel,
    /// <summary>The wall-clock deadline passed.</summary>
    Time,
    /// <summary>An allocation would exceed the memory limit.</summary>
    Memory,
    /// <summary>Python call depth (or C#-side re-entrancy) exceeded the limit.</summary>
    Recursion,
    /// <summary>Printed output exceeded the limit.</summary>
    Output,
    /// <summary>The host cancelled the execution.</summary>
    Cancelled,
}
