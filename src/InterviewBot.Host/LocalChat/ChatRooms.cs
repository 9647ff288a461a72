using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace InterviewBot.Host.LocalChat;

/// <summary>
/// What has been said in each local chat conversation since the host started, and who is
/// listening: the page's event stream replays a conversation's log and then follows it live.
/// Kept in memory and bounded; the bot's own state (interviews, nudges) is in the database, so a
/// restart only clears the transcript, not what the bot knows.
/// </summary>
internal sealed class ChatRooms
{
    public const int MaxEventsPerRoom = 500;
    public const int MaxRooms = 200;

    private readonly ConcurrentDictionary<string, Room> _rooms = new(StringComparer.Ordinal);
    private long _nextActivity;

    /// <summary>Tells this run's event and activity ids from an earlier run's, which a reloaded page may still hold.</summary>
    public string RunId { get; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>A new id for an activity the local connector accepted, unique across runs.</summary>
    public string NewActivityId() =>
        string.Create(CultureInfo.InvariantCulture, $"local-{RunId}-{Interlocked.Increment(ref _nextActivity)}");

    public bool HasEvents(string conversationId) => _rooms.TryGetValue(conversationId, out var room) && room.Count > 0;

    /// <summary>Records an event in the conversation and hands it to everyone listening.</summary>
    public ChatEvent Publish(string conversationId, ChatEventKind kind, string activityId, JsonObject activity, DateTime clockUtc)
    {
        var room = RoomOf(conversationId);
        return room.Add(seq => new ChatEvent(seq, kind, activityId, activity, clockUtc));
    }

    /// <summary>
    /// The events after <paramref name="afterSeq"/> (all of them for 0) and a live feed of the
    /// ones that follow, with nothing lost or repeated between the two. Dispose to stop listening.
    /// </summary>
    public Subscription Subscribe(string conversationId, long afterSeq) => RoomOf(conversationId).Subscribe(afterSeq);

    private Room RoomOf(string conversationId)
    {
        if (_rooms.TryGetValue(conversationId, out var existing)) return existing;
        if (_rooms.Count >= MaxRooms) EvictIdleRoom();
        return _rooms.GetOrAdd(conversationId, _ => new Room());
    }

    /// <summary>Forgets the quietest conversation that nobody is watching, to stay within <see cref="MaxRooms"/>.</summary>
    private void EvictIdleRoom()
    {
        var idle = _rooms.Where(r => !r.Value.HasListeners).OrderBy(r => r.Value.LastTouched).FirstOrDefault();
        if (idle.Key is not null) _rooms.TryRemove(idle.Key, out _);
    }

    private sealed class Room
    {
        private readonly object _sync = new();
        private readonly List<ChatEvent> _events = [];
        private readonly List<Channel<ChatEvent>> _listeners = [];
        private long _seq;

        public long LastTouched { get; private set; } = Environment.TickCount64;

        public int Count
        {
            get { lock (_sync) return _events.Count; }
        }

        public bool HasListeners
        {
            get { lock (_sync) return _listeners.Count > 0; }
        }

        public ChatEvent Add(Func<long, ChatEvent> create)
        {
            lock (_sync)
            {
                var chatEvent = create(++_seq);
                _events.Add(chatEvent);
                if (_events.Count > MaxEventsPerRoom) _events.RemoveAt(0);
                LastTouched = Environment.TickCount64;
                foreach (var listener in _listeners) listener.Writer.TryWrite(chatEvent);
                return chatEvent;
            }
        }

        public Subscription Subscribe(long afterSeq)
        {
            var channel = Channel.CreateUnbounded<ChatEvent>(new UnboundedChannelOptions { SingleReader = true });
            lock (_sync)
            {
                var backlog = _events.Where(e => e.Seq > afterSeq).ToList();
                _listeners.Add(channel);
                LastTouched = Environment.TickCount64;
                return new Subscription(backlog, channel.Reader, () =>
                {
                    lock (_sync) _listeners.Remove(channel);
                    channel.Writer.TryComplete();
                });
            }
        }
    }
}

internal enum ChatEventKind
{
    /// <summary>What the person typed.</summary>
    User,

    /// <summary>The bot's answer within a turn (POST …/activities/{replyToId}).</summary>
    Reply,

    /// <summary>A message the bot started itself, such as a nudge (POST …/activities).</summary>
    Send,

    /// <summary>A card the bot changed in place (PUT …/activities/{id}).</summary>
    Update,
}

/// <summary>One thing that appeared in a conversation, with the local clock's time when it did.</summary>
internal sealed record ChatEvent(long Seq, ChatEventKind Kind, string ActivityId, JsonObject Activity, DateTime ClockUtc);

/// <summary>A conversation's log so far and its live continuation.</summary>
internal sealed class Subscription(IReadOnlyList<ChatEvent> backlog, ChannelReader<ChatEvent> live, Action stop) : IDisposable
{
    public IReadOnlyList<ChatEvent> Backlog { get; } = backlog;
    public ChannelReader<ChatEvent> Live { get; } = live;

    public void Dispose() => stop();
}
