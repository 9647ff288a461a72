using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using InterviewBot.Core;
using InterviewBot.Core.Ports;

namespace InterviewBot.Mail;

/// <summary>
/// <see cref="ICallCalendar"/> with Ical.Net: the call in the zone it was booked in (with that zone's VTIMEZONE),
/// organised by the configured sender, the candidate invited; METHOD:CANCEL and STATUS:CANCELLED once cancelled.
/// </summary>
internal sealed class IcsCalendar : ICallCalendar
{
    public string Write(CallEvent callEvent)
    {
        ArgumentNullException.ThrowIfNull(callEvent);
        var calendar = new Calendar { Method = callEvent.Cancelled ? "CANCEL" : "REQUEST", ProductId = "-//InterviewBot//Phone screens//EN" };
        calendar.AddTimeZone(new VTimeZone(callEvent.TimeZoneId));
        var start = Zones.ToLocal(callEvent.StartUtc, callEvent.TimeZoneId);
        var end = Zones.ToLocal(callEvent.EndUtc, callEvent.TimeZoneId);
        var item = new CalendarEvent
        {
            Uid = callEvent.Uid,
            Sequence = callEvent.Sequence,
            Summary = callEvent.Summary,
            Description = callEvent.Description,
            DtStart = new CalDateTime(DateTime.SpecifyKind(start, DateTimeKind.Unspecified), callEvent.TimeZoneId),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(end, DateTimeKind.Unspecified), callEvent.TimeZoneId),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(callEvent.StampUtc, DateTimeKind.Utc)),
            Status = callEvent.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Organizer = new Organizer("mailto:" + callEvent.OrganizerEmail) { CommonName = callEvent.OrganizerName },
        };
        item.Attendees.Add(new Attendee("mailto:" + callEvent.AttendeeEmail)
        {
            CommonName = callEvent.AttendeeName,
            Role = ParticipationRole.RequiredParticipant,
            ParticipationStatus = callEvent.Cancelled ? EventParticipationStatus.Declined : EventParticipationStatus.NeedsAction,
            Rsvp = !callEvent.Cancelled,
        });
        calendar.Events.Add(item);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be written.");
    }
}
