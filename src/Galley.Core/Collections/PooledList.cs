using System.Buffers;
using System.Runtime.CompilerServices;

namespace Galley.Collections;

/// <summary>A growable array rented from the shared pool, for lists that live only while one analysis runs (tense,
/// the tagger's per-check words). A mutable struct: keep it in a field, never copy it.</summary>
internal struct PooledList<T>
{
    private T[] _items;
    private int _count;

    public PooledList(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

    public readonly int Count => _count;
    public readonly ReadOnlySpan<T> Items => _items.AsSpan(0, _count);

    public void Add(T item)
    {
        if (_count == _items.Length) Grow(_count + 1);
        _items[_count++] = item;
    }

    public void AddRange(ReadOnlySpan<T> items)
    {
        if (_count + items.Length > _items.Length) Grow(_count + items.Length);
        items.CopyTo(_items.AsSpan(_count));
        _count += items.Length;
    }

    private void Grow(int size)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(size, _items.Length * 2));
        Items.CopyTo(larger);
        Return();
        _items = larger;
    }

    public void Dispose()
    {
        Return();
        _items = [];
        _count = 0;
    }

    private readonly void Return()
    {
        if (_items.Length > 0) ArrayPool<T>.Shared.Return(_items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
    }
}
