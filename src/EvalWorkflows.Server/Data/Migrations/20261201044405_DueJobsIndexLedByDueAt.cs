using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class DueJobsIndexLedByDueAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_jobs_Suspended_DueAt",
                table: "wf_jobs");

            migrationBuilder.CreateIndex(
                name: "IX_wf_jobs_DueAt_CreatedAt_Id",
                table: "wf_jobs",
                columns: new[] { "DueAt", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_jobs_DueAt_CreatedAt_Id",
                table: "wf_jobs");

            migrationBuilder.CreateIndex(
                name: "IX_wf_jobs_Suspended_DueAt",
                table: "wf_jobs",
                columns: new[] { "Suspended", "DueAt" });
        }
    }
}
