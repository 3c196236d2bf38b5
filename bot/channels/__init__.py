"""Rasa input channels (REST now; Twilio SMS/WhatsApp next) and their input checks."""
