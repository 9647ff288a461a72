using System.Diagnostics;
using InterviewBot.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InterviewBot.Host.Tests;

/// <summary>
/// A turn saves once: what it changed, its nudges, the address of the conversation and the cards it
/// sent, in one transaction. (Two saves per turn used to be the rule: the engine's, then the reply
/// sender's for the sent-card ledger.) Counted from EF Core's own diagnostic events, so the test runs
/// alone: other tests' saves would be counted too.
/// </summary>
[Collection(SavesAreCounted.Name)]
public sealed class OneCommitPerTurnTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Booking_a_call_and_ticking_a_step_each_save_once()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var form = Assert.Single(await chat.SayAsync("new interview"));

        using var saves = new SaveCounter();
        var booked = await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), ConversationFlowTests.BookingInputs("Jordan Lee"));
        var bookingSaves = saves.Count;
        var checklist = Assert.Single(booked, r => r.Kind == "reply");
        await chat.TapAsync(checklist, CardReader.StepButton(checklist.Card!, "Done", "look-beyond"));
        var tapSaves = saves.Count - bookingSaves;

        Assert.Equal((1, 1), (bookingSaves, tapSaves));
    }

    /// <summary>Every SaveChanges EF Core completes in this process while it is alive.</summary>
    private sealed class SaveCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _listeners;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public SaveCounter() => _listeners = DiagnosticListener.AllListeners.Subscribe(this);

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == CoreEventId.SaveChangesCompleted.Name) Interlocked.Increment(ref _count);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _listeners.Dispose();
            lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
        }
    }
}

/// <summary>Tests that count the whole process's database saves run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SavesAreCounted
{
    public const string Name = "saves are counted";
}
