-- CreateTable
CREATE TABLE "PendingChange" (
    "id" UUID NOT NULL,
    "speakerId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digestedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PendingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingChange_speakerId_digestedAt_idx" ON "PendingChange"("speakerId", "digestedAt");

