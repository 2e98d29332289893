using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DueJobsIndexLedByDueAtPostgres : Migration
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
