namespace Cartograph.Pipeline;

/// <summary>
/// Runs a function over 0..count-1 on several threads and hands the results, in index order, to a
/// consumer on the calling thread. At most <c>window</c> results wait at once, so a corpus of any
/// size streams through in bounded memory, and the consumer sees the same sequence whatever the
/// thread count: that is what keeps the build byte-for-byte deterministic.
/// </summary>
internal static class OrderedParallel
{
    public static void Run<T>(int count, int parallelism, int window, Func<int, T> produce, Action<int, T> consume,
        CancellationToken cancel = default)
    {
        if (count == 0) return;
        window = Math.Max(window, parallelism);
        var slots = new T[window];
        var ready = new bool[window];
        var gate = new object();
        int claimed = -1, consumed = 0;
        Exception? failure = null;

        void Work()
        {
            while (true)
            {
                int i = Interlocked.Increment(ref claimed);
                if (i >= count) return;
                lock (gate)
                {
                    // wait for room: the slot i uses is free once i - window has been consumed
                    while (i >= consumed + window && failure is null && !cancel.IsCancellationRequested) Monitor.Wait(gate, 100);
                    if (failure is not null || cancel.IsCancellationRequested) return;
                }
                T result;
                try
                {
                    result = produce(i);
                }
                catch (Exception ex)
                {
                    lock (gate) { failure ??= ex; Monitor.PulseAll(gate); }
                    return;
                }
                lock (gate)
                {
                    slots[i % window] = result;
                    ready[i % window] = true;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var workers = new Thread[Math.Min(parallelism, count)];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = new Thread(Work) { IsBackground = true, Name = "cartograph-extract-" + w };
            workers[w].Start();
        }
        try
        {
            for (int i = 0; i < count; i++)
            {
                T result;
                lock (gate)
                {
                    while (!ready[i % window] && failure is null) Monitor.Wait(gate, 100);
                    if (failure is not null) break;
                    result = slots[i % window];
                    slots[i % window] = default!;
                    ready[i % window] = false;
                    consumed = i + 1;
                    Monitor.PulseAll(gate);
                }
                cancel.ThrowIfCancellationRequested();
                consume(i, result);
            }
        }
        catch
        {
            lock (gate) { failure ??= new OperationCanceledException(); Monitor.PulseAll(gate); }
            throw;
        }
        finally
        {
            foreach (var w in workers) w.Join();
        }
        if (failure is not null) throw new AggregateException(failure);
    }
}
