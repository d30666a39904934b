using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Itertools;

/// <summary>
/// <c>groupby</c> (CPython's algorithm: a group's iterator is valid only until the parent
/// advances) and <c>tee</c> (copies share one linked buffer that is freed as every copy passes it).
/// </summary>
internal static class ItertoolsGrouping
{
    /// <summary><c>groupby(iterable, key=None)</c>.</summary>
    public static PyObject NewGroupBy(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("groupby", a, kw, new[] { "iterable", "key" }, 1);
        return new GroupBy(Ops.GetIter(p[0]!), p[1] is null or PyNone ? null : p[1]);
    }

    /// <summary><c>tee(iterable, n=2)</c>.</summary>
    public static PyObject Tee(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.NoKw("itertools.tee", kw);
        ItertoolsTypes.ArgCount("tee", a, kw, 1, 2);
        long n = a.Length > 1 ? ArgParser.Int(a[1], "tee") : 2;
        if (n < 0) throw Err.ValueError("n must be >= 0");
        var it = Ops.GetIter(a[0]);
        Vm.Current!.ChargeAllocation(n * 32);
        var head = new TeeNode();
        var r = new PyObject[n];
        for (int i = 0; i < n; i++) r[i] = new TeeIterator(it, head);
        return PyTuple.From(r);
    }

    private sealed class GroupBy : ItertoolsIterator
    {
        private readonly PyObject _it;
        private readonly PyObject? _keyFunc;
        private PyObject? _tgtKey, _currKey, _currValue;
        private Grouper? _current;

        public GroupBy(PyObject it, PyObject? keyFunc) { _it = it; _keyFunc = keyFunc; }

        public override PyType Type => ItertoolsTypes.GroupBy;

        // groupby_step: false at the end of the input.
        private bool Advance()
        {
            var v = Ops.Next(_it);
            if (v is null) return false;
            var k = _keyFunc is null ? v : Vm.Current!.Call(_keyFunc, v);
            _currValue = v;
            _currKey = k;
            return true;
        }

        protected override PyObject? Step()
        {
            _current = null;
            // Skip what is left of the current group.
            while (true)
            {
                if (_currKey is null) { }
                else if (_tgtKey is null) break;
                else if (!Ops.Eq(_tgtKey, _currKey)) break;
                if (!Advance()) return null;
                Vm.Current!.Charge(1);
            }
            _tgtKey = _currKey;
            _current = new Grouper(this, _tgtKey!);
            return new PyTuple(new[] { _currKey!, _current });
        }

        private sealed class Grouper : ItertoolsIterator
        {
            private readonly GroupBy _parent;
            private readonly PyObject _tgtKey;

            public Grouper(GroupBy parent, PyObject tgtKey) { _parent = parent; _tgtKey = tgtKey; }

            public override PyType Type => ItertoolsTypes.Grouper;

            protected override PyObject? Step()
            {
                var g = _parent;
                if (!ReferenceEquals(g._current, this)) return null;
                if (g._currValue is null && !g.Advance()) return null;
                if (!Ops.Eq(_tgtKey, g._currKey!)) return null;
                var r = g._currValue;
                g._currValue = null;
                return r;
            }
        }
    }

    /// <summary>One buffered item of a tee; <see cref="Next"/> is filled when the first copy reads past it.</summary>
    private sealed class TeeNode
    {
        public PyObject? Value;
        public TeeNode? Next;
    }

    /// <summary>Adds <c>tee.__copy__</c> (a new copy at the same position; called once while the module is built).</summary>
    public static void Register()
    {
        var t = ItertoolsTypes.Tee;
        t.Members["__copy__"] = new PyBuiltinFunction("__copy__", (a, kw) =>
        {
            var self = (TeeIterator)a[0];
            return new TeeIterator(self.Source, self.Node);
        }, t);
    }

    private sealed class TeeIterator : ItertoolsIterator
    {
        private readonly PyObject _source;
        private TeeNode _node;

        public TeeIterator(PyObject source, TeeNode node) { _source = source; _node = node; }

        public override PyType Type => ItertoolsTypes.Tee;

        public PyObject Source => _source;

        public TeeNode Node => _node;

        protected override PyObject? Step()
        {
            if (_node.Next is null)
            {
                var v = Ops.Next(_source);
                if (v is null) return null;
                Vm.Current!.ChargeAllocation(32);
                _node.Value = v;
                _node.Next = new TeeNode();
            }
            var r = _node.Value;
            _node = _node.Next;
            return r;
        }
    }
}
