namespace RuleSandbox.Policies.Analysis;

/// <summary>
/// A bounded, thread-safe cache of analysis results keyed by (source SHA-256, policy hash). When
/// full it drops the least recently used entry. A plain lock is enough: the work under it is a
/// dictionary lookup and a linked-list move, far cheaper than the analysis it saves.
/// </summary>
public sealed class AnalysisCache
{
    private readonly int _capacity;
    private readonly Dictionary<(string, string), LinkedListNode<AnalysisResult>> _map = new();
    private readonly LinkedList<AnalysisResult> _lru = new();
    private readonly object _lock = new();

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> results.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    public AnalysisCache(int capacity = 1024)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be at least 1");
        _capacity = capacity;
    }

    /// <summary>The process-wide cache used when none is given.</summary>
    public static AnalysisCache Shared { get; } = new();

    /// <summary>How many results are held.</summary>
    public int Count { get { lock (_lock) return _map.Count; } }

    /// <summary>How many lookups found a result.</summary>
    public long Hits { get { lock (_lock) return _hits; } }

    private long _hits;

    /// <summary>The cached result for the pair, or null.</summary>
    public AnalysisResult? TryGet(string sourceHash, string policyHash)
    {
        lock (_lock)
        {
            if (!_map.TryGetValue((sourceHash, policyHash), out var node)) return null;
            _lru.Remove(node);
            _lru.AddFirst(node);
            _hits++;
            return node.Value;
        }
    }

    /// <summary>Stores a result (replacing one for the same pair), evicting the least recently used beyond capacity.</summary>
    public void Add(AnalysisResult result)
    {
        var key = (result.SourceHash, result.PolicyHash);
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var old)) _lru.Remove(old);
            var node = _lru.AddFirst(result);
            _map[key] = node;
            while (_map.Count > _capacity)
            {
                var last = _lru.Last!;
                _lru.RemoveLast();
                _map.Remove((last.Value.SourceHash, last.Value.PolicyHash));
            }
        }
    }
}
