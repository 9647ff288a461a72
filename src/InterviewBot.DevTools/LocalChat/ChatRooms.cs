using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace InterviewBot.DevTools.LocalChat;

/// <summary>
/// What has been said in each local chat conversation since the host started, and who is
/// listening: the page's event stream replays a conversation's log and then follows it live.
/// Kept in memory and bounded by count and by size, per conversation and in all, the oldest going
/// first; the bot's own state (interviews, nudges) is in the database, so a restart or a trimmed log
/// only shortens the transcript, not what the bot knows.
/// </summary>
internal sealed class ChatRooms
{
    public const int MaxEventsPerRoom = 500;
    public const int MaxRooms = 200;

    /// <summary>
    /// A conversation's log, in bytes of activity JSON. A card is under 28 KB, so this keeps well over a
    /// hundred of them – far more than a page shows – while a few messages of hundreds of KB cannot
    /// hold a room's worth of memory each (bench/README.md, Measured design choices).
    /// </summary>
    public const long MaxBytesPerRoom = 4L * 1024 * 1024;

    /// <summary>All logs together: a handful of busy conversations, and the host stays small whatever is posted.</summary>
    public const long MaxBytesInAll = 32L * 1024 * 1024;

    // One lock for all rooms: the total cap takes the oldest event of whichever room holds it.
    private readonly object _sync = new();
    private readonly Dictionary<string, Room> _rooms = new(StringComparer.Ordinal);
    private long _nextActivity;
    private long _nextStamp;
    private long _bytes;

    /// <summary>Tells this run's event and activity ids from an earlier run's, which a reloaded page may still hold.</summary>
    public string RunId { get; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>A new id for an activity the local connector accepted, unique across runs.</summary>
    public string NewActivityId() =>
        string.Create(CultureInfo.InvariantCulture, $"local-{RunId}-{Interlocked.Increment(ref _nextActivity)}");

    /// <summary>Whether anything was said in the conversation since the host started (even if the caps have trimmed it since).</summary>
    public bool HasEvents(string conversationId)
    {
        lock (_sync) return _rooms.TryGetValue(conversationId, out var room) && room.HasHadEvents;
    }

    /// <summary>Records an event in the conversation and hands it to everyone listening.</summary>
    public ChatEvent Publish(string conversationId, ChatEventKind kind, string activityId, JsonObject activity, DateTime clockUtc)
    {
        var bytes = Encoding.UTF8.GetByteCount(activity.ToJsonString());
        lock (_sync)
        {
            var room = RoomOf(conversationId);
            var chatEvent = room.Add(seq => new ChatEvent(seq, kind, activityId, activity, clockUtc), ++_nextStamp, bytes);
            _bytes += bytes;
            _bytes -= room.Trim(MaxEventsPerRoom, MaxBytesPerRoom);
            while (_bytes > MaxBytesInAll && OldestEventHolder() is { } oldest) _bytes -= oldest.DropOldest();
            return chatEvent;
        }
    }

    /// <summary>
    /// The events after <paramref name="afterSeq"/> (all of them for 0) and a live feed of the
    /// ones that follow, with nothing lost or repeated between the two. Dispose to stop listening.
    /// </summary>
    public Subscription Subscribe(string conversationId, long afterSeq)
    {
        var channel = Channel.CreateUnbounded<ChatEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_sync)
        {
            var room = RoomOf(conversationId);
            var backlog = room.Listen(channel, afterSeq);
            return new Subscription(backlog, channel.Reader, () =>
            {
                lock (_sync) room.StopListening(channel);
                channel.Writer.TryComplete();
            });
        }
    }

    private Room RoomOf(string conversationId)
    {
        if (_rooms.TryGetValue(conversationId, out var existing)) return existing;
        if (_rooms.Count >= MaxRooms) EvictIdleRoom();
        var room = new Room();
        _rooms[conversationId] = room;
        return room;
    }

    /// <summary>Forgets the quietest conversation that nobody is watching, to stay within <see cref="MaxRooms"/>.</summary>
    private void EvictIdleRoom()
    {
        var idle = _rooms.Where(r => !r.Value.HasListeners).OrderBy(r => r.Value.LastTouched).FirstOrDefault();
        if (idle.Key is null) return;
        _rooms.Remove(idle.Key);
        _bytes -= idle.Value.Bytes;
    }

    /// <summary>The room whose first event is the oldest of all, or null when every room is empty.</summary>
    private Room? OldestEventHolder() => _rooms.Values.Where(r => r.Count > 0).MinBy(r => r.OldestStamp);

    /// <summary>One conversation's log and listeners; every member is called under the rooms' lock.</summary>
    private sealed class Room
    {
        private readonly Queue<(ChatEvent Event, long Stamp, int Bytes)> _events = new();
        private readonly List<Channel<ChatEvent>> _listeners = [];
        private long _seq;

        public long LastTouched { get; private set; } = Environment.TickCount64;

        public int Count => _events.Count;

        public bool HasHadEvents => _seq > 0;

        public long Bytes { get; private set; }

        public long OldestStamp => _events.Peek().Stamp;

        public bool HasListeners => _listeners.Count > 0;

        public ChatEvent Add(Func<long, ChatEvent> create, long stamp, int bytes)
        {
            var chatEvent = create(++_seq);
            _events.Enqueue((chatEvent, stamp, bytes));
            Bytes += bytes;
            LastTouched = Environment.TickCount64;
            foreach (var listener in _listeners) listener.Writer.TryWrite(chatEvent);
            return chatEvent;
        }

        /// <summary>Drops the oldest events until the room is within both caps; answers the bytes freed.</summary>
        public long Trim(int maxEvents, long maxBytes)
        {
            long freed = 0;
            while (_events.Count > maxEvents || (Bytes > maxBytes && _events.Count > 1)) freed += DropOldest();
            return freed;
        }

        public long DropOldest()
        {
            var (_, _, bytes) = _events.Dequeue();
            Bytes -= bytes;
            return bytes;
        }

        public List<ChatEvent> Listen(Channel<ChatEvent> listener, long afterSeq)
        {
            _listeners.Add(listener);
            LastTouched = Environment.TickCount64;
            return _events.Select(e => e.Event).Where(e => e.Seq > afterSeq).ToList();
        }

        public void StopListening(Channel<ChatEvent> listener) => _listeners.Remove(listener);
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
