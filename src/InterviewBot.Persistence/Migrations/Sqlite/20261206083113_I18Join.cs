using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I18Join : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedJoins",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "FailedJoinsSinceUtc",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CandidateJoinedUtc",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CandidateWorkspaceId",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InviteHash",
                table: "Interviews",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "InviteIssuedUtc",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PendingCandidateId",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingCandidateName",
                table: "Interviews",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PendingCandidateWorkspaceId",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingCandidateWorkspaceName",
                table: "Interviews",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_CandidateWorkspaceId",
                table: "Interviews",
                column: "CandidateWorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_InviteHash",
                table: "Interviews",
                column: "InviteHash");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_PendingCandidateId",
                table: "Interviews",
                column: "PendingCandidateId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interviews_CandidateWorkspaceId",
                table: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_InviteHash",
                table: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_PendingCandidateId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "FailedJoins",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FailedJoinsSinceUtc",
                table: "People");

            migrationBuilder.DropColumn(
                name: "CandidateJoinedUtc",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "CandidateWorkspaceId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "InviteHash",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "InviteIssuedUtc",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "PendingCandidateId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "PendingCandidateName",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "PendingCandidateWorkspaceId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "PendingCandidateWorkspaceName",
                table: "Interviews");
        }
    }
}
