using System.Collections.Frozen;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;
using List = RuleSandbox.Engine.Syntax.Ast.List;
using Tuple = RuleSandbox.Engine.Syntax.Ast.Tuple;

namespace RuleSandbox.Policies.Analysis;

/// <summary>
/// One pass over a module's syntax tree, switching on <see cref="NodeKind"/>.
///
/// How aliasing is defeated. The analyzer does not try to follow values; instead every check is
/// made where a name or attribute is written, so no binding can launder it:
/// - a denied name (eval, __import__, builtins...) is reported wherever it appears: as a load
///   (<c>e = eval</c> reports <c>eval</c>), as a binding (a parameter, assignment target, import
///   alias, def name, except alias...), so shadowing it neither hides nor unblocks it;
/// - modules are checked at the import statement by their real name, whatever the alias
///   (<c>import math as os</c> is fine, <c>from os import path as p</c> is not);
/// - the attribute functions (getattr, setattr, delattr, hasattr, attrgetter, methodcaller) may
///   only be called directly; any other mention (<c>g = getattr</c>, <c>map(getattr, ...)</c>) is
///   RS203, so every call that can reach an attribute by name is a call site checked here. Their
///   <c>from operator import attrgetter as ag</c> aliases are collected before the walk, flow
///   insensitively, so a use placed before the import (in a function body) is still recognised;
/// - str.format and friends may only be called on a constant format string, whose replacement
///   fields are then checked like attribute accesses.
/// Recursion is bounded by the policy's nesting depth (at most 500), so a hostile tree cannot
/// overflow the stack: below that depth the walk stops with RS503.
/// </summary>
internal sealed class AnalyzerWalker
{
    private static readonly Dictionary<string, int> AttributeFunctions = new(StringComparer.Ordinal)
    {
        // The index of the argument that names the attribute; -1 for "every argument" (attrgetter).
        ["getattr"] = 1, ["setattr"] = 1, ["delattr"] = 1, ["hasattr"] = 1, ["attrgetter"] = -1, ["methodcaller"] = 0,
    };

    private static readonly HashSet<string> FormatMethods = new(StringComparer.Ordinal) { "format", "format_map", "vformat" };

    // Exception classes outside Exception: catching them is what catchBaseException governs.
    private static readonly HashSet<string> NonExceptionBases = new(StringComparer.Ordinal)
    {
        "BaseException", "BaseExceptionGroup", "SystemExit", "KeyboardInterrupt", "GeneratorExit",
    };

    // Dunders a class body may not define even though it may define special members: they name
    // the introspection attributes, and a dataclass turns annotated names into __match_args__,
    // which class patterns read from the subject.
    private static readonly HashSet<string> ClassBodyDeniedDunders = new(StringComparer.Ordinal)
    {
        "__class__", "__dict__", "__traceback__", "__context__", "__cause__", "__globals__", "__code__",
        "__closure__", "__builtins__", "__bases__", "__base__", "__mro__", "__func__", "__self__", "__wrapped__",
        "__subclasses__", "__getattribute__", "__reduce__", "__reduce_ex__",
    };

    private static readonly HashSet<string> ClockMethods = new(StringComparer.Ordinal) { "now", "utcnow", "today" };
    private static readonly HashSet<string> RandomFunctions = new(StringComparer.Ordinal) { "uuid1", "uuid4", "SystemRandom" };

    // time.time() and time.time_ns() read the wall clock; the module's other clocks (monotonic,
    // perf_counter) measure durations only. Seeded random is deterministic, so importing random
    // is fine: the engine refuses the unseeded generator (and the remaining wall-clock forms of
    // time, such as localtime() without an argument) at run time unless the host grants them.
    private static readonly HashSet<string> TimeClockFunctions = new(StringComparer.Ordinal) { "time", "time_ns" };

    private enum Scope { Module, Function, Class }

    /// <summary>
    /// What an identifier means to the analyzer, as one lookup in a per-policy frozen table
    /// instead of a lookup per check (the walk does one per Name and Attribute node).
    /// </summary>
    [Flags]
    internal enum Ident : ushort
    {
        None = 0,
        DeniedName = 1,
        AttributeFunction = 2,
        NonExceptionBase = 4,
        DeniedAttribute = 8,
        FormatMethod = 16,
        ClockMethod = 32,
        RandomFunction = 64,
        AttributeFunctionAttr = 128,
        Dunder = 256,
        TimeClockFunction = 512,
    }

    /// <summary>Builds the identifier table for a policy (cached on the policy).</summary>
    internal static FrozenDictionary<string, Ident> BuildTable(Policy policy)
    {
        var t = new Dictionary<string, Ident>(StringComparer.Ordinal);
        void Add(IEnumerable<string> names, Ident flag)
        {
            foreach (var n in names) t[n] = t.GetValueOrDefault(n) | flag;
        }
        Add(policy.DeniedNames, Ident.DeniedName);
        Add(AttributeFunctions.Keys, Ident.AttributeFunction);
        Add(NonExceptionBases, Ident.NonExceptionBase);
        Add(policy.DeniedAttributes, Ident.DeniedAttribute);
        Add(FormatMethods, Ident.FormatMethod);
        Add(ClockMethods, Ident.ClockMethod);
        Add(RandomFunctions, Ident.RandomFunction);
        Add(TimeClockFunctions, Ident.TimeClockFunction);
        Add(new[] { "attrgetter", "methodcaller" }, Ident.AttributeFunctionAttr);
        return t.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private readonly Policy _policy;
    private readonly List<Finding> _findings = new();
    private readonly FrozenDictionary<string, Ident> _table;
    // Attribute functions imported under another name (from operator import attrgetter as ag).
    private readonly Dictionary<string, string> _attributeFunctionAliases = new(StringComparer.Ordinal);
    // One buffer for every node's children: a node's children sit above its parent's, and are
    // removed before the parent moves on, so indices stay valid through the recursion.
    private readonly List<Node> _children = new(256);
    private readonly HashSet<string> _clockClasses = new(StringComparer.Ordinal) { "datetime", "date" };
    private readonly HashSet<string> _timeModules = new(StringComparer.Ordinal);
    private readonly List<Scope> _scopes = new() { Scope.Module };
    private readonly long _maxNodes;
    private readonly long _maxDepth;
    private Node? _directCallee;
    private long _nodes;
    private bool _stopped;
    private bool _depthReported;

    public AnalyzerWalker(Policy policy)
    {
        _policy = policy;
        _maxNodes = policy.Sizes.AstNodes;
        _maxDepth = policy.Sizes.NestingDepth;
        _table = policy.IdentifierTable;
    }

    public IReadOnlyList<Finding> Run(Module module)
    {
        CollectAliases(module.Body);
        Visit(module, 0);
        _findings.Sort((a, b) =>
        {
            int c = a.Span.Line.CompareTo(b.Span.Line);
            if (c == 0) c = a.Span.Column.CompareTo(b.Span.Column);
            if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c;
        });
        return _findings;
    }

    private void Report(string id, string message, SourceSpan span) => _findings.Add(PolicyAnalyzer.New(id, message, span));

    private Scope CurrentScope => _scopes[^1];

    private bool IsDunderDenied(string name) => PolicyLoader.IsDunder(name) && !_policy.IsDunderAllowed(name);

    private void Visit(Node node, int depth)
    {
        if (++_nodes > _maxNodes)
        {
            Report("RS502", $"the rule has more than {_maxNodes} syntax nodes; the policy allows at most {_maxNodes} (analysis stopped here)", node.Span);
            _stopped = true;
            return;
        }
        if (depth > _maxDepth)
        {
            if (!_depthReported) Report("RS503", $"the rule nests deeper than {_maxDepth} levels; the policy allows at most {_maxDepth}", node.Span);
            _depthReported = true;
            return;
        }

        Scope? pushed = null;
        var syntax = _policy.Syntax;
        switch (node.NodeKind)
        {
            case NodeKind.Import:
                if (!CheckImport((Import)node)) return;
                break;
            case NodeKind.ImportFrom:
                if (!CheckImportFrom((ImportFrom)node)) return;
                break;
            case NodeKind.Name:
                CheckName((Name)node);
                break;
            case NodeKind.Attribute:
                CheckAttribute((Attribute)node);
                break;
            case NodeKind.Call:
                CheckCall((Call)node);
                break;
            case NodeKind.Assign:
                var assign = (Assign)node;
                foreach (var target in assign.Targets)
                    if (target is Name { Id: "__match_args__" }) CheckMatchArgs(assign.Value);
                break;
            case NodeKind.AnnAssign:
                if (node is AnnAssign { Target: Name { Id: "__match_args__" }, Value: { } annValue }) CheckMatchArgs(annValue);
                break;
            case NodeKind.Constant:
                CheckConstant((Constant)node);
                break;
            case NodeKind.While:
                if (!syntax.WhileLoops) Report("RS401", "while loops are not allowed by the policy", Keyword(node, 5));
                break;
            case NodeKind.ClassDef:
                if (!syntax.Classes) Report("RS402", "class definitions are not allowed by the policy", Keyword(node, 5));
                CheckBinding(((ClassDef)node).Name, node.Span);
                pushed = Scope.Class;
                break;
            case NodeKind.FunctionDef:
                CheckBinding(((FunctionDef)node).Name, node.Span);
                pushed = Scope.Function;
                break;
            case NodeKind.AsyncFunctionDef:
                if (!syntax.Async) Report("RS409", "async functions are not allowed by the policy", Keyword(node, 5));
                CheckBinding(((AsyncFunctionDef)node).Name, node.Span);
                pushed = Scope.Function;
                break;
            case NodeKind.Lambda:
                if (!syntax.Lambdas) Report("RS403", "lambda expressions are not allowed by the policy", Keyword(node, 6));
                pushed = Scope.Function;
                break;
            case NodeKind.ListComp:
            case NodeKind.SetComp:
            case NodeKind.DictComp:
            case NodeKind.GeneratorExp:
                pushed = Scope.Function;
                break;
            case NodeKind.Yield:
            case NodeKind.YieldFrom:
                if (!syntax.Generators) Report("RS404", "generators (yield) are not allowed by the policy", Keyword(node, 5));
                break;
            case NodeKind.Global:
                if (!syntax.GlobalNonlocal) Report("RS405", "global statements are not allowed by the policy", Keyword(node, 6));
                foreach (var n in ((Global)node).Names) CheckBinding(n, node.Span);
                break;
            case NodeKind.Nonlocal:
                if (!syntax.GlobalNonlocal) Report("RS405", "nonlocal statements are not allowed by the policy", Keyword(node, 8));
                foreach (var n in ((Nonlocal)node).Names) CheckBinding(n, node.Span);
                break;
            case NodeKind.AsyncFor:
            case NodeKind.AsyncWith:
                if (!syntax.Async) Report("RS409", "async statements are not allowed by the policy", Keyword(node, 5));
                break;
            case NodeKind.Await:
                if (!syntax.Async) Report("RS409", "await is not allowed by the policy", Keyword(node, 5));
                break;
            case NodeKind.Comprehension:
                if (((Comprehension)node).IsAsync != 0 && !syntax.Async) Report("RS409", "async comprehensions are not allowed by the policy", ((Comprehension)node).Target.Span);
                break;
            case NodeKind.ExceptHandler:
                var handler = (ExceptHandler)node;
                if (handler.Type is null && !syntax.CatchBaseException)
                    Report("RS408", "a bare 'except:' catches BaseException, which the policy forbids; name the exceptions (except Exception:)", Keyword(node, 6));
                if (handler.Name is not null) CheckBinding(handler.Name, node.Span);
                break;
            case NodeKind.Arg:
                CheckBinding(((Arg)node).Name, node.Span);
                break;
            case NodeKind.MatchAs:
                if (((MatchAs)node).Name is { } asName) CheckBinding(asName, node.Span);
                break;
            case NodeKind.MatchStar:
                if (((MatchStar)node).Name is { } starName) CheckBinding(starName, node.Span);
                break;
            case NodeKind.MatchMapping:
                if (((MatchMapping)node).Rest is { } rest) CheckBinding(rest, node.Span);
                break;
            case NodeKind.MatchClass:
                foreach (var kwd in ((MatchClass)node).KwdAttrs) CheckAttributeName(kwd, node.Span, "a class pattern");
                break;
            case NodeKind.TypeVar:
                CheckBinding(((TypeVar)node).Name, node.Span);
                break;
            case NodeKind.ParamSpec:
                CheckBinding(((ParamSpec)node).Name, node.Span);
                break;
            case NodeKind.TypeVarTuple:
                CheckBinding(((TypeVarTuple)node).Name, node.Span);
                break;
        }

        if (pushed is { } scope) _scopes.Add(scope);
        int start = _children.Count;
        AstChildren.Add(node, _children);
        int end = _children.Count;
        for (int i = start; i < end && !_stopped; i++) Visit(_children[i], depth + 1);
        _children.RemoveRange(start, end - start);
        if (pushed is not null) _scopes.RemoveAt(_scopes.Count - 1);
    }

    /// <summary>The span of a statement's leading keyword, so the message points at it.</summary>
    private static SourceSpan Keyword(Node node, int length) => new(node.Span.Line, node.Span.Column, node.Span.Line, node.Span.Column + length);

    // ---- imports --------------------------------------------------------------------------------

    private bool CheckImport(Import s)
    {
        if (!_policy.Syntax.Imports)
        {
            Report("RS406", "import statements are not allowed by the policy", s.Span);
            return false;
        }
        foreach (var alias in s.Names)
        {
            CheckModule(alias.Name, s.Span);
            CheckBinding(alias.Asname ?? alias.Name.Split('.')[0], alias.Span);
        }
        return false; // aliases have no children worth visiting
    }

    private bool CheckImportFrom(ImportFrom s)
    {
        if (!_policy.Syntax.Imports)
        {
            Report("RS406", "import statements are not allowed by the policy", s.Span);
            return false;
        }
        if (s.Level is > 0)
        {
            string dots = new('.', s.Level.Value);
            Report("RS102", $"relative import 'from {dots}{s.Module} import ...' is not allowed: a rule is a single file", s.Span);
            return false;
        }
        string module = s.Module ?? "";
        CheckModule(module, s.Span);
        foreach (var alias in s.Names)
        {
            if (alias.Name == "*")
            {
                if (!_policy.Syntax.StarImports) Report("RS407", $"'from {module} import *' is not allowed by the policy; import the names you use", s.Span);
                continue;
            }
            if (_policy.IsNameDenied(alias.Name) || _policy.IsAttributeDenied(alias.Name))
                Report("RS103", $"importing '{alias.Name}' from '{module}' is not allowed", alias.Span);
            else if (!_policy.Capabilities.Randomness && RandomFunctions.Contains(alias.Name))
                Report("RS602", $"'{module}.{alias.Name}' needs the randomness capability", alias.Span);
            else if (!_policy.Capabilities.WallClock && module == "time" && TimeClockFunctions.Contains(alias.Name))
                Report("RS601", $"'{module}.{alias.Name}' reads the clock and needs the wallClock capability", alias.Span);
            CheckBinding(alias.Asname ?? alias.Name, alias.Span);
        }
        return false;
    }

    private void CheckModule(string module, SourceSpan span)
    {
        if (!_policy.IsModuleAllowed(module))
            Report("RS101", $"import of module '{module}' is not allowed", span);
    }

    /// <summary>Records aliases before the walk: attribute functions and clock classes under other names.</summary>
    private void CollectAliases(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case ImportFrom f:
                    foreach (var a in f.Names)
                    {
                        string local = a.Asname ?? a.Name;
                        if (AttributeFunctions.ContainsKey(a.Name) && local != a.Name) _attributeFunctionAliases[local] = a.Name;
                        if (f.Module == "datetime" && (a.Name == "datetime" || a.Name == "date")) _clockClasses.Add(local);
                    }
                    break;
                case Import imp:
                    foreach (var a in imp.Names)
                        if (a.Name == "time") _timeModules.Add(a.Asname ?? "time");
                    break;
                case Assign asg when asg.Value is Attribute { Attr: "datetime" or "date" } || asg.Value is Name { Id: "datetime" or "date" }:
                    foreach (var t in asg.Targets) if (t is Name n) _clockClasses.Add(n.Id);
                    break;
                case FunctionDef d: CollectAliases(d.Body); break;
                case AsyncFunctionDef d: CollectAliases(d.Body); break;
                case ClassDef d: CollectAliases(d.Body); break;
                case If d: CollectAliases(d.Body); CollectAliases(d.Orelse); break;
                case For d: CollectAliases(d.Body); CollectAliases(d.Orelse); break;
                case AsyncFor d: CollectAliases(d.Body); CollectAliases(d.Orelse); break;
                case While d: CollectAliases(d.Body); CollectAliases(d.Orelse); break;
                case With d: CollectAliases(d.Body); break;
                case AsyncWith d: CollectAliases(d.Body); break;
                case Try d:
                    CollectAliases(d.Body); CollectAliases(d.Orelse); CollectAliases(d.Finalbody);
                    foreach (var h in d.Handlers) if (h is ExceptHandler eh) CollectAliases(eh.Body);
                    break;
                case TryStar d:
                    CollectAliases(d.Body); CollectAliases(d.Orelse); CollectAliases(d.Finalbody);
                    foreach (var h in d.Handlers) if (h is ExceptHandler eh) CollectAliases(eh.Body);
                    break;
                case Match d:
                    foreach (var c in d.Cases) CollectAliases(c.Body);
                    break;
            }
        }
    }

    // ---- names ----------------------------------------------------------------------------------

    private void CheckName(Name n)
    {
        string id = n.Id;
        _table.TryGetValue(id, out var flags);
        if ((flags & Ident.DeniedName) != 0)
        {
            Report("RS201", n.Ctx == ExprContext.Load
                ? $"use of name '{id}' is not allowed"
                : $"binding name '{id}' is not allowed (a denied name stays denied when shadowed)", n.Span);
            return;
        }
        // Class bodies may define special members (__slots__, __hash__ = None, __match_args__).
        if (IsDunderDenied(id) && !(n.Ctx == ExprContext.Store && CurrentScope == Scope.Class && !ClassBodyDeniedDunders.Contains(id)))
            Report("RS202", $"use of dunder name '{id}' is not allowed", n.Span);
        if ((flags & Ident.NonExceptionBase) != 0 && !_policy.Syntax.CatchBaseException)
            Report("RS408", $"'{id}' may not be named: the policy forbids catching exceptions that are not Exception subclasses", n.Span);
        if (n.Ctx == ExprContext.Load && !ReferenceEquals(n, _directCallee) && AttributeFunctionFor(id, flags) is { } function)
            Report("RS203", $"'{function}' may only be called directly, not used as a value", n.Span);
    }

    /// <summary>The attribute function a name stands for (itself, or an import alias), if any.</summary>
    private string? AttributeFunctionFor(string id, Ident flags)
    {
        if ((flags & Ident.AttributeFunction) != 0) return id;
        if (_attributeFunctionAliases.Count > 0 && _attributeFunctionAliases.TryGetValue(id, out var f)) return f;
        return null;
    }

    private void CheckBinding(string name, SourceSpan span)
    {
        if (_table.TryGetValue(name, out var flags) && (flags & Ident.DeniedName) != 0)
            Report("RS201", $"binding name '{name}' is not allowed (a denied name stays denied when shadowed)", span);
        else if (IsDunderDenied(name) && CurrentScope != Scope.Class)
            Report("RS202", $"binding dunder name '{name}' is not allowed outside a class body", span);
    }

    // ---- attributes -----------------------------------------------------------------------------

    private void CheckAttribute(Attribute a)
    {
        string attr = a.Attr;
        _table.TryGetValue(attr, out var flags);
        bool dunder = PolicyLoader.IsDunder(attr);
        if (flags == Ident.None && !dunder) return; // the common case: an ordinary attribute
        // The attribute name is the last thing in the node's span.
        var nameSpan = new SourceSpan(a.Span.EndLine, Math.Max(0, a.Span.EndColumn - attr.Length), a.Span.EndLine, a.Span.EndColumn);
        CheckAttributeName(attr, nameSpan, null);
        if ((flags & Ident.AttributeFunctionAttr) != 0 && !ReferenceEquals(a, _directCallee))
            Report("RS203", $"'{attr}' may only be called directly, not used as a value", nameSpan);
        if ((flags & Ident.FormatMethod) != 0)
        {
            bool constantReceiver = a.Value is Constant { Value.Kind: ConstantKind.Str };
            bool unboundStrMethod = a.Value is Name { Id: "str" } && ReferenceEquals(a, _directCallee); // checked by CheckCall
            if (constantReceiver) CheckFormatString(((Constant)a.Value).Value.Str, a.Value.Span);
            else if (!unboundStrMethod) Report("RS305", $"'.{attr}' is only allowed on a constant format string (a string literal); use an f-string", nameSpan);
        }
        if ((flags & Ident.ClockMethod) != 0 && !_policy.Capabilities.WallClock && IsClockClass(a.Value))
            Report("RS601", $"'{attr}()' reads the clock and needs the wallClock capability", nameSpan);
        if ((flags & Ident.RandomFunction) != 0 && !_policy.Capabilities.Randomness)
            Report("RS602", $"'{attr}()' needs the randomness capability", nameSpan);
        if ((flags & Ident.TimeClockFunction) != 0 && !_policy.Capabilities.WallClock && a.Value is Name { Id: var receiver } && _timeModules.Contains(receiver))
            Report("RS601", $"'{attr}()' reads the clock and needs the wallClock capability", nameSpan);
    }

    /// <summary>
    /// <c>__match_args__</c> names the attributes a class pattern reads positionally
    /// (<c>case C(x)</c> reads <c>subject.__match_args__[0]</c>), so its entries are attribute accesses.
    /// </summary>
    private void CheckMatchArgs(Expr value)
    {
        var items = value switch
        {
            Tuple t => t.Elts,
            List l => l.Elts,
            _ => null,
        };
        if (items is null)
        {
            Report("RS303", "dynamic attribute access: __match_args__ must be a literal tuple of strings", value.Span);
            return;
        }
        foreach (var item in items)
        {
            if (item is Constant { Value.Kind: ConstantKind.Str } k) CheckAttributeName(k.Value.Str, k.Span, "__match_args__");
            else Report("RS303", "dynamic attribute access: __match_args__ must be a literal tuple of strings", item.Span);
        }
    }

    private bool IsClockClass(Expr e) => e switch
    {
        Name n => _clockClasses.Contains(n.Id),
        Attribute a => a.Attr is "datetime" or "date",
        _ => false,
    };

    /// <summary>Checks an attribute reached by name (getattr constant, attrgetter, format field, class pattern).</summary>
    private void CheckAttributeName(string attr, SourceSpan span, string? via)
    {
        string how = via is null ? "" : $" (through {via})";
        if (PolicyLoader.IsDunder(attr))
        {
            if (!_policy.IsDunderAllowed(attr)) Report("RS301", $"access to attribute '{attr}'{how} is not allowed", span);
        }
        else if (_policy.IsPlainAttributeDenied(attr))
        {
            Report("RS302", $"access to attribute '{attr}'{how} is not allowed", span);
        }
    }

    private void CheckCall(Call c)
    {
        string? function = c.Func switch
        {
            Name n when !_policy.IsNameDenied(n.Id) => AttributeFunctionFor(n.Id, _table.GetValueOrDefault(n.Id)),
            Attribute { Attr: "attrgetter" or "methodcaller" } a => a.Attr,
            _ => null,
        };
        if (function is not null) CheckAttributeFunctionCall(function, c);
        if (c.Func is Attribute { Value: Name { Id: "str" } } fa && FormatMethods.Contains(fa.Attr))
        {
            if (c.Args.Count > 0 && c.Args[0] is Constant { Value.Kind: ConstantKind.Str } fmt) CheckFormatString(fmt.Value.Str, fmt.Span);
            else Report("RS305", $"'str.{fa.Attr}' is only allowed on a constant format string (a string literal); use an f-string", c.Span);
        }
        _directCallee = c.Func;
    }

    private void CheckAttributeFunctionCall(string function, Call c)
    {
        int index = AttributeFunctions[function];
        bool spread = c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null);
        var names = new List<Expr>();
        if (index < 0) names.AddRange(c.Args);
        else if (index < c.Args.Count) names.Add(c.Args[index]);
        else if (spread)
        {
            Report("RS303", $"dynamic attribute access: '{function}' with an attribute name computed at run time", c.Span);
            return;
        }
        foreach (var e in names)
        {
            if (e is Constant { Value.Kind: ConstantKind.Str } k)
            {
                // attrgetter('a.b.c') walks a dotted path; every step is an attribute access.
                var parts = function == "attrgetter" ? k.Value.Str.Split('.') : new[] { k.Value.Str };
                foreach (var part in parts)
                {
                    CheckAttributeName(part, k.Span, function);
                    // Reaching these by name would bypass the call-site checks made on them.
                    if (FormatMethods.Contains(part))
                        Report("RS305", $"'{function}' may not reach '.{part}' by name: format strings are only checked on direct calls", k.Span);
                    else if (part is "attrgetter" or "methodcaller")
                        Report("RS203", $"'{function}' may not reach '{part}' by name: it may only be called directly", k.Span);
                }
            }
            else
            {
                Report("RS303", $"dynamic attribute access: '{function}' with an attribute name computed at run time", e.Span);
            }
        }
    }

    /// <summary>
    /// Checks the replacement fields of a str.format format string: <c>{0.__class__}</c> and
    /// <c>{x.f_globals[k]}</c> reach attributes by name. Nested fields in format specs are checked too.
    /// </summary>
    private void CheckFormatString(string format, SourceSpan span) => ScanFormat(format, span, 0);

    private void ScanFormat(string s, SourceSpan span, int depth)
    {
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] != '{') { i++; continue; }
            if (i + 1 < s.Length && s[i + 1] == '{') { i += 2; continue; }
            int j = i + 1, level = 1;
            while (j < s.Length && level > 0)
            {
                if (s[j] == '{') level++;
                else if (s[j] == '}') level--;
                j++;
            }
            string field = level == 0 ? s[(i + 1)..(j - 1)] : s[(i + 1)..];
            CheckFormatField(field, span, depth);
            i = j;
        }
    }

    private void CheckFormatField(string field, SourceSpan span, int depth)
    {
        int k = 0;
        bool inBracket = false;
        while (k < field.Length)
        {
            char ch = field[k];
            if (ch == '[') inBracket = true;
            else if (ch == ']') inBracket = false;
            else if (!inBracket && (ch == '!' || ch == ':')) break;
            k++;
        }
        string name = field[..k];
        // Attribute steps: '.ident' outside brackets.
        inBracket = false;
        for (int p = 0; p < name.Length; p++)
        {
            char ch = name[p];
            if (ch == '[') { inBracket = true; continue; }
            if (ch == ']') { inBracket = false; continue; }
            if (inBracket || ch != '.') continue;
            int end = p + 1;
            while (end < name.Length && name[end] != '.' && name[end] != '[') end++;
            string attr = name[(p + 1)..end];
            if (PolicyLoader.IsDunder(attr) ? !_policy.IsDunderAllowed(attr) : _policy.IsPlainAttributeDenied(attr))
                Report("RS304", $"format string field '{{{name}}}' reaches attribute '{attr}', which is not allowed", span);
            p = end - 1;
        }
        int colon = field.IndexOf(':', k);
        if (colon >= 0 && depth < 4) ScanFormat(field[(colon + 1)..], span, depth + 1);
    }

    // ---- literals -------------------------------------------------------------------------------

    private void CheckConstant(Constant c)
    {
        var v = c.Value;
        var sizes = _policy.Sizes;
        switch (v.Kind)
        {
            case ConstantKind.Str when v.Str.Length > sizes.LiteralLength:
                Report("RS504", $"string literal of {v.Str.Length} characters; the policy allows at most {sizes.LiteralLength}", c.Span);
                break;
            case ConstantKind.Bytes when v.Bytes.Length > sizes.LiteralLength:
                Report("RS504", $"bytes literal of {v.Bytes.Length} bytes; the policy allows at most {sizes.LiteralLength}", c.Span);
                break;
            case ConstantKind.Int:
                long bits = (long)v.Int.GetBitLength();
                // Cheap estimate first: digits = floor(bits * log10(2)) + (0 or 1).
                if ((long)(bits * 0.30102999566398120) + 1 > sizes.IntDigits)
                {
                    int digits = System.Numerics.BigInteger.Abs(v.Int).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
                    if (digits > sizes.IntDigits)
                        Report("RS505", $"int literal of {digits} digits; the policy allows at most {sizes.IntDigits}", c.Span);
                }
                break;
        }
    }
}
