using System.Buffers;
using System.Runtime.CompilerServices;

namespace Galley.Story;

/// <summary>A growable array rented from the shared pool, for lists that live only while one analysis runs. A mutable
/// struct: keep it in a field, never copy it.</summary>
internal struct PooledList<T>
{
    private T[] _items;
    private int _count;

    public PooledList(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

    public readonly int Count => _count;
    public readonly ReadOnlySpan<T> Items => _items.AsSpan(0, _count);

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Items.CopyTo(larger);
            Return();
            _items = larger;
        }
        _items[_count++] = item;
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
