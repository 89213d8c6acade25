using System.Collections.Concurrent;

namespace Publish.Typesetting;

/// <summary>
/// Results of a pure computation kept by key, shared by threads, up to a number of entries:
/// past the limit, new keys are computed each time and not kept, so a huge or hostile text
/// cannot grow it without bound. For work that repeats (words shaped, words hyphenated).
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int limit) where TKey : notnull
{
    // Sized for a pamphlet's vocabulary up front: growing takes every lock, which stalls the
    // threads setting paragraphs at once.
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(Environment.ProcessorCount, Math.Min(limit, InitialCapacity));

    private const int InitialCapacity = 4096;
    private int _count; // ConcurrentDictionary.Count takes every lock: count here instead

    /// <summary>The kept value for <paramref name="key"/>, else <paramref name="compute"/>'s (kept while there is room).</summary>
    public TValue GetOrAdd<TState>(TKey key, Func<TKey, TState, TValue> compute, TState state)
    {
        if (_entries.TryGetValue(key, out var known)) return known;
        var value = compute(key, state);
        if (Volatile.Read(ref _count) < limit && _entries.TryAdd(key, value)) Interlocked.Increment(ref _count);
        return value;
    }
}
