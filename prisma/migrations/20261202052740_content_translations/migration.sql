-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "contentLanguage" TEXT,
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "HostCity" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "ProgramItem" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

