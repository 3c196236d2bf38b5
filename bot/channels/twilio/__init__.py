"""Twilio SMS and WhatsApp: one signed webhook, an outbox, SMS-sized replies."""
