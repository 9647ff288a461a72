using InterviewBot.Core.Conversations;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Mail;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Ports;

namespace InterviewBot.Host.Api;

/// <summary>
/// The interviews API for ATS and calendar integrations: book a phone screen (with the candidate's invite
/// code, or asking the chat user it names to confirm), read it and its nudge schedule, issue a new invite code, cancel it. Bearer keys from <c>Api:Keys</c>; each key sees only its workspace.
/// </summary>
public static class InterviewsApi
{
    public static IEndpointRouteBuilder MapInterviewsApi(this IEndpointRouteBuilder endpoints)
    {
        var keys = endpoints.ServiceProvider.GetRequiredService<ApiKeys>();
        if (!keys.Any) return endpoints; // no key configured: the API is off
        var api = endpoints.MapGroup("/api/interviews").AddEndpointFilter(RequireKey).WithBodyLimit(RequestLimits.InterviewsApiBodyBytes);
        api.MapPost("", CreateAsync);
        api.MapGet("/{id:guid}", GetAsync);
        api.MapGet("/{id:guid}/nudges", NudgesAsync);
        api.MapDelete("/{id:guid}", CancelAsync);
        api.MapPost("/{id:guid}/invite", ReissueInviteAsync);
        return endpoints;
    }

    private static async ValueTask<object?> RequireKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.RequestServices.GetRequiredService<ApiKeys>().Match(http.Request.Headers.Authorization);
        if (key is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem("Send a valid API key as 'Authorization: Bearer <key>'.", statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong API key");
        }
        http.Items[typeof(ApiKey)] = key;
        return await next(context);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, IServiceScopeFactory scopes, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (request, bodyError) = await ReadAsync(http, ct);
        if (bodyError is not null) return Results.ValidationProblem(bodyError, title: "The request body is not valid");
        var (valid, errors) = InterviewRequestValidation.Validate(request, now);
        if (valid is null) return Results.ValidationProblem(errors, title: "The interview is not valid");
        if (valid.EmailInvitation && !http.RequestServices.GetRequiredService<MailOptions>().CanSend)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["emailInvitation"] = ["E-mail is not set up on this host (Email:Smtp:Host is empty), so nothing was booked."] },
                title: "The interview is not valid");

        // Two bookings at the same moment for a workspace or recruiter the bot had not seen both add
        // them, and the one that commits second loses; the rows are there then, so it books again in
        // a fresh unit of work. A brand-new workspace can lose twice (its own row, then its recruiter's).
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await BookAsync(http, scope.ServiceProvider, valid, now, ct);
            }
            catch (StoreConflictException) when (attempt < MaxBookingAttempts)
            {
            }
        }
    }

    /// <summary>Each lost race means another booking just added the row this one needs; three covers workspace and recruiter.</summary>
    private const int MaxBookingAttempts = 3;

    private static async Task<IResult> BookAsync(HttpContext http, IServiceProvider services, ValidInterview valid, DateTime now, CancellationToken ct)
    {
        var key = (ApiKey)http.Items[typeof(ApiKey)]!;
        var (named, notNamed) = await NamedCandidateAsync(services, key, valid.CandidateUserId, ct);
        if (notNamed is not null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["candidate.platformUserId"] = [notNamed] }, title: "The interview is not valid");
        // Known by id only until they talk to the bot; their nudges wait for a chat to reach them in. Until then
        // they are in the zone and hours the booking gives, else in the workspace's default zone; what they
        // chose in settings, or their chat client reported, stays.
        var (workspace, recruiter) = await services.GetRequiredService<Participants>().FindOrCreateAsync(
            key.Workspace, new ChatUser(valid.RecruiterId, valid.RecruiterName), now, keepProfileCurrent: false, ct);
        recruiter.AdoptGivenTimeZone(valid.RecruiterTime.TimeZone);
        recruiter.AdoptGivenWorkingHours(valid.RecruiterTime.WorkdayStart, valid.RecruiterTime.WorkdayEnd, valid.RecruiterTime.WorkingDays);
        var interview = services.GetRequiredService<InterviewBooking>().Book(workspace, recruiter,
            new BookingDetails(valid.Candidate, valid.Role, valid.Company, valid.StartUtc, valid.EndUtc, valid.TimeZone), now);
        if (valid.HiringManager is { } manager) interview.NameHiringManager(manager, now);
        if (named is not null) interview.NameCandidate(named, now);
        // The invitation is queued with the booking, in the same commit: both are there, or neither.
        var mails = valid.EmailInvitation
            ? [MailResponse.From(await services.GetRequiredService<CallInvitations>().InviteAsync(interview, workspace, recruiter.Id, recruiter.DisplayName, valid.RecruiterEmail, now, ct: ct))]
            : Array.Empty<MailResponse>();
        await services.GetRequiredService<Commit>().SaveAsync(ct);
        var zone = services.GetRequiredService<WorkingTimes>().ZoneOf(workspace, recruiter);
        return Results.Created($"/api/interviews/{interview.Id}", InterviewResponse.From(interview, recruiter, zone, named, now) with { Mails = mails });
    }

    /// <summary>
    /// The person <c>candidate.platformUserId</c> names, or why not: they must be a chat user of the key's workspace
    /// whom the bot can write to (on Teams, someone who has messaged it; on Slack, any member it knows), and not the recruiter.
    /// </summary>
    private static async Task<(Person? Named, string? Problem)> NamedCandidateAsync(IServiceProvider services, ApiKey key, string? userId, CancellationToken ct)
    {
        if (userId is null) return (null, null);
        var workspace = await services.GetRequiredService<IWorkspaces>().FindAsync(key.Workspace.Platform, key.Workspace.ExternalId, ct);
        var person = workspace is null ? null : await services.GetRequiredService<IPeople>().FindAsync(workspace.Id, userId, ct);
        if (person is null)
            return (null, $"The bot knows no chat user {userId} in this workspace: they have to message it once. Or leave platformUserId out and send them the invite code; nothing was booked.");
        if (await services.GetRequiredService<DirectChats>().FindAsync(workspace!, person, ct) is null)
            return (null, $"The bot can't write to {person.DisplayName} yet: they have to message it once in a 1:1 chat. Or leave platformUserId out and send them the invite code; nothing was booked.");
        return (person, null);
    }

    private static async Task<IResult> GetAsync(HttpContext http, Guid id, IWorkspaces workspaces, IInterviews interviews, IPeople people,
        IMailRecords mails, WorkingTimes times, TimeProvider time, CancellationToken ct)
    {
        var (workspace, interview) = await LoadAsync(http, id, workspaces, interviews, ct);
        if (interview is null) return NotFound(id);
        var recruiter = interview.Recruiter.PersonId is { } r ? await people.GetAsync(workspace!.Id, r, ct) : null;
        var named = interview.NamedCandidateId is { } c ? await people.GetAsync(workspace!.Id, c, ct) : null;
        return Results.Ok(InterviewResponse.From(interview, recruiter, recruiter is null ? null : times.ZoneOf(workspace!, recruiter), named, time.GetUtcNow().UtcDateTime)
            with { Mails = (await mails.ListForInterviewAsync(interview.Id, ct)).Select(MailResponse.From).ToList() });
    }

    private static async Task<IResult> NudgesAsync(HttpContext http, Guid id, IWorkspaces workspaces, IInterviews interviews, IPeople people,
        INudges nudges, WorkingTimes times, CancellationToken ct)
    {
        var (workspace, interview) = await LoadAsync(http, id, workspaces, interviews, ct);
        if (interview is null) return NotFound(id);
        var list = new List<NudgeResponse>();
        foreach (var nudge in await nudges.ListForInterviewAsync(interview.Id, ct))
        {
            var person = nudge.PersonId is { } p ? await people.GetAsync(workspace!.Id, p, ct) : null;
            var zone = person is null ? times.Team(workspace!).TimeZoneId : times.ZoneOf(workspace!, person);
            list.Add(NudgeResponse.From(nudge, zone));
        }
        return Results.Ok(list);
    }

    private static async Task<IResult> CancelAsync(HttpContext http, Guid id, IWorkspaces workspaces, IInterviews interviews,
        Commit commit, TimeProvider time, CancellationToken ct)
    {
        var (_, interview) = await LoadAsync(http, id, workspaces, interviews, ct);
        if (interview is null) return NotFound(id);
        var now = time.GetUtcNow().UtcDateTime;
        var wasCancelled = interview.Status == InterviewStatus.Cancelled;
        if (!wasCancelled && !interview.Advance(InterviewStatus.Cancelled, now))
            return Results.Problem($"The interview is {interview.Status.Describe()} and can no longer be cancelled.", statusCode: StatusCodes.Status409Conflict);
        // A candidate who was e-mailed the invitation gets the cancellation with the save (Commit), which takes the call out of their calendar.
        await commit.SaveAsync(ct);
        return Results.NoContent();
    }

    /// <summary>A new invite code, revoking the earlier one; a booking the candidate joined, or that is over, has none to give.</summary>
    private static async Task<IResult> ReissueInviteAsync(HttpContext http, Guid id, IWorkspaces workspaces, IInterviews interviews,
        Commit commit, TimeProvider time, CancellationToken ct)
    {
        var (_, interview) = await LoadAsync(http, id, workspaces, interviews, ct);
        if (interview is null) return NotFound(id);
        IssuedInvite invite;
        try
        {
            invite = interview.IssueInvite(time.GetUtcNow().UtcDateTime);
        }
        catch (DomainException refused)
        {
            return Results.Problem(refused.Message, statusCode: StatusCodes.Status409Conflict, title: "No invite code for this interview");
        }
        await commit.SaveAsync(ct);
        return Results.Ok(new InviteResponse(invite.Code, invite.ExpiresUtc));
    }

    private static async Task<(Workspace? Workspace, Interview? Interview)> LoadAsync(HttpContext http, Guid id, IWorkspaces workspaces, IInterviews interviews, CancellationToken ct)
    {
        var key = (ApiKey)http.Items[typeof(ApiKey)]!;
        var workspace = await workspaces.FindAsync(key.Workspace.Platform, key.Workspace.ExternalId, ct);
        return workspace is null ? (null, null) : (workspace, await interviews.FindAsync(workspace.Id, id, ct));
    }

    /// <summary>Reads the body ourselves so that broken JSON or a wrong type gets a 400 that names the field.</summary>
    private static async Task<(CreateInterviewRequest? Request, Dictionary<string, string[]>? Error)> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.HasJsonContentType() is false)
            return (null, new() { ["body"] = ["Send the interview as application/json."] });
        try
        {
            return (await http.Request.ReadFromJsonAsync<CreateInterviewRequest>(JsonOptions, ct), null);
        }
        catch (System.Text.Json.JsonException broken) when (broken.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            // Well-formed JSON with a value of the wrong type: name the field it is in.
            var field = string.IsNullOrEmpty(broken.Path) || broken.Path == "$" ? "body" : broken.Path.TrimStart('$', '.');
            var expected = field.EndsWith("workingDays", StringComparison.Ordinal) ? "a list of day names"
                : field is "recruiter" or "candidate" or "hiringManager" ? "an object" : "text";
            return (null, new() { [field] = [$"This value has the wrong type ({expected} is expected)."] });
        }
        catch (System.Text.Json.JsonException broken)
        {
            return (null, new() { ["body"] = [$"The body is not valid JSON (line {broken.LineNumber + 1}, position {broken.BytePositionInLine + 1})."] });
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static IResult NotFound(Guid id) =>
        Results.Problem($"There is no interview {id} in this workspace.", statusCode: StatusCodes.Status404NotFound);
}
