namespace Cartograph.Pipeline;

/// <summary>
/// Runs a function over 0..count-1 on several threads and hands the results, in index order, to a
/// consumer on the calling thread. At most <c>window</c> results wait at once, so a corpus of any
/// size streams through in bounded memory, and the consumer sees the same sequence whatever the
/// thread count: that is what keeps the build byte-for-byte deterministic.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Results the consumer is woken for at once (fewer if the run ends sooner).</summary>
    private const int WakeBatch = 8;

    public static void Run<T>(int count, int parallelism, int window, Func<int, T> produce, Action<int, T> consume,
        CancellationToken cancel = default)
    {
        if (count == 0) return;
        window = Math.Max(window, parallelism);
        var slots = new T[window];
        var ready = new bool[window];
        var gate = new object();
        int claimed = -1, consumed = 0;
        // Who waits, so that a thread is woken only when it can go on: the consumer once a batch of results from the
        // one it waits for is ready (one wake-up per batch instead of one per result, each a context switch on a
        // machine with as many threads as cores), a producer once the window has room.
        int consumerWaitsFor = -1, producersWaiting = 0;
        int batch = Math.Min(WakeBatch, window);
        Exception? failure = null;

        // under the gate: whether the results from `from` on are ready for a batch, or up to the last one
        bool BatchReady(int from)
        {
            int end = Math.Min(count, from + batch);
            for (int k = from; k < end; k++)
                if (!ready[k % window]) return false;
            return true;
        }

        void Work()
        {
            while (true)
            {
                int i = Interlocked.Increment(ref claimed);
                if (i >= count) return;
                lock (gate)
                {
                    // wait for room: the slot i uses is free once i - window has been consumed
                    while (i >= consumed + window && failure is null && !cancel.IsCancellationRequested)
                    {
                        producersWaiting++;
                        Monitor.Wait(gate, 100);
                        producersWaiting--;
                    }
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
                    if (consumerWaitsFor >= 0 && i >= consumerWaitsFor && i < consumerWaitsFor + batch && BatchReady(consumerWaitsFor))
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
                    if (!ready[i % window])
                    {
                        consumerWaitsFor = i;
                        while (!ready[i % window] && failure is null) Monitor.Wait(gate, 100);
                        consumerWaitsFor = -1;
                    }
                    if (failure is not null) break;
                    result = slots[i % window];
                    slots[i % window] = default!;
                    ready[i % window] = false;
                    consumed = i + 1;
                    if (producersWaiting > 0) Monitor.PulseAll(gate);
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
