/** The chat: the AI notice, the conversation and the question box, with the source panel beside them. */
import { useMessages } from '../app/services.tsx';
import { AiNotice } from './ai-notice.tsx';
import { ChatAnnouncer } from './chat-announcer.tsx';
import { Conversation } from './conversation.tsx';
import { QuestionForm } from './question-form.tsx';
import { SourcePanel } from './source-panel.tsx';

export function ChatPage() {
  const messages = useMessages();
  return (
    <div className="vraagbaak-chat">
      <div className="vraagbaak-chat__conversation">
        <h1 className="vraagbaak-visually-hidden">{messages.app.chatHeading}</h1>
        <AiNotice />
        <Conversation />
        <QuestionForm />
      </div>
      <SourcePanel />
      <ChatAnnouncer />
    </div>
  );
}
